// <offline-status>: in the sidebar, says whether the course works offline, prepares the runtime-cached files
// for a workshop, and offers to reload when a new version is waiting (never reloads on its own).
import { registerOfflineWorker } from './register.ts';
import { missingFromCaches, prepareOffline, type RuntimeAsset } from './prepare.ts';
import { fillTemplate } from '../../../utils/template.ts';

type State = 'checking' | 'unsupported' | 'installing' | 'ready' | 'readyAll';

class OfflineStatus extends HTMLElement {
  private readonly state = this.querySelector<HTMLElement>('[data-offline-state]')!;
  private readonly prepare = this.querySelector<HTMLElement>('[data-offline-prepare]')!;
  private readonly button = this.querySelector<HTMLButtonElement>('[data-offline-prepare] button')!;
  private readonly hint = this.querySelector<HTMLElement>('[data-offline-hint]')!;
  private readonly bar = this.querySelector<HTMLProgressElement>('progress')!;
  private readonly progressText = this.querySelector<HTMLElement>('[data-offline-progress]')!;
  private readonly update = this.querySelector<HTMLElement>('[data-offline-update]')!;
  private readonly megabytes = new Intl.NumberFormat(document.documentElement.lang || 'en', { maximumFractionDigits: 1 });

  connectedCallback() {
    void this.start();
  }

  private text(key: string, vars: Record<string, string | number> = {}): string {
    return fillTemplate(this.dataset[`text${key[0].toUpperCase()}${key.slice(1)}`] ?? key, vars);
  }

  private size(bytes: number): string {
    return `${this.megabytes.format(bytes / 1e6)} MB`;
  }

  private show(state: State) {
    this.dataset.state = state;
    this.state.textContent = this.text(state);
  }

  private async start() {
    if (!import.meta.env.PROD) return; // No service worker under `astro dev`.
    this.hidden = false;
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
    if (missing?.length) this.hint.textContent = this.text('prepareHint', { size: this.size(missing.reduce((sum, a) => sum + a.bytes, 0)) });
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
      this.progressText.textContent = this.text('progress', { files: p.files, total: p.totalFiles, done: this.size(p.bytes), size: this.size(p.totalBytes) });
    }).catch(() => ({ failed: missing.map((a) => a.url) }));
    await this.refresh();
    this.prepare.hidden = false;
    this.bar.hidden = true;
    this.progressText.dataset.result = failed.length ? 'failed' : 'done';
    this.progressText.textContent = failed.length ? this.text('failed', { count: failed.length, total: missing.length }) : this.text('done');
    this.button.hidden = this.hint.hidden = failed.length === 0;
    this.button.disabled = false;
  }

  private offerUpdates(registration: ServiceWorkerRegistration) {
    // A waiting worker with a page already controlled is a new deploy; the very first install is not.
    const offer = (worker: ServiceWorker) => {
      if (!navigator.serviceWorker.controller) return;
      this.update.hidden = false;
      this.update.querySelector<HTMLButtonElement>('[data-offline-reload]')!.onclick = () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'SKIP_WAITING' });
      };
    };
    this.update.querySelector<HTMLButtonElement>('[data-offline-later]')!.onclick = () => (this.update.hidden = true);
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
    });
    // Long workshop sessions: look for a new deploy whenever the tab comes back.
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && registration.update().catch(() => undefined));
  }
}

customElements.define('offline-status', OfflineStatus);
