// Registers the service worker that scripts/build-sw.ts writes (there is none under `astro dev`).

let registration: Promise<ServiceWorkerRegistration | undefined> | undefined;

/** One registration per page, whoever asks first (sidebar status, deck). `undefined` where service workers cannot run. */
export function registerOfflineWorker(): Promise<ServiceWorkerRegistration | undefined> {
  registration ??=
    import.meta.env.PROD && 'serviceWorker' in navigator
      ? navigator.serviceWorker.register('/sw.js').catch(() => undefined)
      : Promise.resolve(undefined);
  return registration;
}
