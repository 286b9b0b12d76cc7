// The offline status island: says whether the course works offline, prepares the runtime-cached files for a
// workshop, and offers to reload when a new version is waiting (never reloads on its own).
import { part } from '../../../ui/dom.ts';
import type { Island } from '../../../ui/island.ts';
import type { Translate } from '../../../ui/strings.ts';
import { megabytes, progressLine, stateLine, type OfflineState } from '../view.ts';
import { missingFromCaches, prepareOffline, type RuntimeAsset } from './prepare.ts';
import { registerOfflineWorker } from './register.ts';

export async function start({ host, t }: Island): Promise<void> {
  if (!import.meta.env.PROD) return; // No service worker under `astro dev`.
  const status = new OfflineStatus(host, t);
  await status.start();
}

class OfflineStatus {
  private readonly state: HTMLElement;
  private readonly prepare: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly hint: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private readonly progressText: HTMLElement;
  private readonly update: HTMLElement;
  private readonly lang = document.documentElement.lang || 'en';
  private readonly host: HTMLElement;
  private readonly t: Translate;

  constructor(host: HTMLElement, t: Translate) {
    this.host = host;
    this.t = t;
    this.state = part(host, '[data-offline-state]');
    this.prepare = part(host, '[data-offline-prepare]');
    this.button = part<HTMLButtonElement>(host, '[data-offline-prepare] button');
    this.hint = part(host, '[data-offline-hint]');
    this.bar = part<HTMLProgressElement>(host, 'progress');
    this.progressText = part(host, '[data-offline-progress]');
    this.update = part(host, '[data-offline-update]');
  }

  private show(state: OfflineState) {
    this.host.dataset.state = state;
    this.state.textContent = stateLine(state, this.t);
  }

  async start() {
    this.host.hidden = false;
    // The prompt must be seen even where the sidebar is folded away (mobile).
    document.body.append(this.update);
    const registration = await registerOfflineWorker();
    if (!registration) return this.show('unsupported');
    this.offerUpdates(registration);
    if (!registration.active) this.show('installing');
    await navigator.serviceWorker.ready;
    await this.refresh();
    this.button.addEventListener('click', () => void this.prepareAll());
  }

  private async assets(): Promise<RuntimeAsset[]> {
    const response = await fetch('/offline-assets.json');
    return ((await response.json()) as { files: RuntimeAsset[] }).files;
  }

  /** "Ready offline" once the worker is active (its precache is complete), and whether the extras are cached too. */
  private async refresh(): Promise<RuntimeAsset[]> {
    const missing = await missingFromCaches(await this.assets()).catch(() => undefined);
    this.show(missing?.length === 0 ? 'readyAll' : 'ready');
    this.prepare.hidden = missing?.length === 0;
    if (missing?.length) {
      this.hint.textContent = this.t('offline.prepareHint', { size: megabytes(missing.reduce((sum, a) => sum + a.bytes, 0), this.lang) });
    }
    return missing ?? [];
  }

  private async prepareAll() {
    this.button.disabled = true;
    this.bar.hidden = this.progressText.hidden = false;
    delete this.progressText.dataset.result;
    const missing = await this.refresh().then((m) => (m.length ? m : this.assets()));
    const { failed } = await prepareOffline(missing, (p) => {
      this.bar.max = p.totalBytes;
      this.bar.value = p.bytes;
      this.progressText.textContent = progressLine(p, this.lang, this.t);
    }).catch(() => ({ failed: missing.map((a) => a.url) }));
    await this.refresh();
    this.prepare.hidden = false;
    this.bar.hidden = true;
    this.progressText.dataset.result = failed.length ? 'failed' : 'done';
    this.progressText.textContent = failed.length ? this.t('offline.failed', { count: failed.length, total: missing.length }) : this.t('offline.done');
    this.button.hidden = this.hint.hidden = failed.length === 0;
    this.button.disabled = false;
  }

  private offerUpdates(registration: ServiceWorkerRegistration) {
    // A waiting worker with a page already controlled is a new deploy; the very first install is not.
    const offer = (worker: ServiceWorker) => {
      if (!navigator.serviceWorker.controller) return;
      this.update.hidden = false;
      part<HTMLButtonElement>(this.update, '[data-offline-reload]').onclick = () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      };
    };
    part<HTMLButtonElement>(this.update, '[data-offline-later]').onclick = () => (this.update.hidden = true);
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
    });
    // Long workshop sessions: look for a new deploy whenever the tab comes back.
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && registration.update().catch(() => undefined));
  }
}
