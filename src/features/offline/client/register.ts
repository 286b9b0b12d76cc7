// Registers the service worker that scripts/build-sw.ts writes (there is none under `astro dev`).

let registration: Promise<ServiceWorkerRegistration | undefined> | undefined;

const loaded = () => new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true })));

/**
 * One registration per page, whoever asks first (sidebar status, deck). `undefined` where service workers cannot run.
 * It waits for the page's own load, so saving the course never competes with what the reader opened.
 */
export function registerOfflineWorker(): Promise<ServiceWorkerRegistration | undefined> {
  registration ??=
    import.meta.env.PROD && 'serviceWorker' in navigator
      ? loaded().then(() => navigator.serviceWorker.register('/sw.js')).catch(() => undefined)
      : Promise.resolve(undefined);
  return registration;
}
