// What the offline status says, as render descriptions (src/ui/dom.ts): OfflineStatus.astro renders the first state
// ("Checking…") at build time and the client redraws the same parts as the service worker and the downloads move on.
import { h, type View } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import type { PrepareProgress } from './client/prepare.ts';

export type OfflineState = 'checking' | 'unsupported' | 'installing' | 'ready' | 'readyAll';

/** "12.3 MB" in the page's language. */
export function megabytes(bytes: number, lang: string): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1e6)} MB`;
}

export const stateLine = (state: OfflineState, t: Translate) => t(`offline.${state}`);

export function progressLine(progress: PrepareProgress, lang: string, t: Translate): string {
  return t('offline.progress', { files: progress.files, total: progress.totalFiles, done: megabytes(progress.bytes, lang), size: megabytes(progress.totalBytes, lang) });
}

/** The sidebar block: readiness, "Prepare for offline use" (hidden until needed) and the "update available" prompt. */
export function offlineStatusView(t: Translate): View[] {
  return [
    h('h2', {}, t('offline.heading')),
    h('p', { 'data-offline-state': true, role: 'status' }, stateLine('checking', t)),
    h('div', { 'data-offline-prepare': true, hidden: true },
      h('p', { 'data-offline-hint': true }),
      h('button', { type: 'button' }, t('offline.prepare')),
      h('progress', { hidden: true, 'aria-label': t('offline.progressLabel') }),
      h('p', { 'data-offline-progress': true, role: 'status', hidden: true })),
    h('div', { class: 'offline-update', 'data-offline-update': true, role: 'status', hidden: true },
      h('p', {}, t('offline.updateAvailable')),
      h('button', { type: 'button', 'data-offline-reload': true }, t('offline.reload')),
      h('button', { type: 'button', 'data-offline-later': true }, t('offline.later'))),
  ];
}
