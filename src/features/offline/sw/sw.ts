/// <reference lib="webworker" />
// The site's service worker (bundled and given its precache list by scripts/build-sw.ts).
import { addPlugins, addRoute, matchPrecache, precache, cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { RangeRequestsPlugin } from 'workbox-range-requests';
import { assetCache, holdSavingMessage, keepEditorMessage, vmCachePrefix, type OfflineWorkerConfig } from './sw-config.ts';
import { SavingHold } from './saving-hold.ts';
import { navigationFallbacks } from './navigation.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };
declare const __OFFLINE_CONFIG__: OfflineWorkerConfig;
const config = __OFFLINE_CONFIG__;

const savingHold = new SavingHold();
// Only the install's own downloads wait: a request the page makes is never held.
addPlugins([{ requestWillFetch: async ({ request, event }) => (event?.type === 'install' && (await savingHold.released()), request) }]);
precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Pages: the network first, so a deploy shows up online; the precached copy when offline or slow to answer.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request, url }) => {
    const [page, offlinePage] = navigationFallbacks(url.pathname, config.offlinePage);
    const network = fetch(request);
    network.catch(() => undefined);
    try {
      return await within(network, config.networkTimeoutSeconds * 1000);
    } catch {
      const cached = await matchPrecache(page);
      if (cached) return cached;
    }
    try {
      return await network;
    } catch {
      return (await matchPrecache(offlinePage)) ?? Response.error();
    }
  },
);

// CSS, the page scripts, Pagefind's index and the checker: straight from the precache. Pagefind adds `?ts=`.
addRoute({ ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] });

// Fingerprinted chunks never change under one name: the cache answers once they have been fetched.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
  new CacheFirst({ cacheName: assetCache, plugins: [new CacheableResponsePlugin({ statuses: [200] })] }),
);

// VM files keep their names across VM builds; the cache is named after the VM manifest, so a new VM never mixes with an old one.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/vm/'),
  new CacheFirst({
    cacheName: config.vmCache,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new RangeRequestsPlugin(),
      { cacheKeyWillBeUsed: async ({ request }) => new URL(request.url).origin + new URL(request.url).pathname },
    ],
  }),
);

self.addEventListener('message', (event) => {
  // Only when the learner presses "Reload to update": never a silent takeover.
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // A page with an editor: save Monaco, so its exercise still opens in full once the network is gone. Not in the
  // precache: every reader would download ~1 MB more for an editor they may never open.
  if (event.data?.type === holdSavingMessage) savingHold.hold(event.data.ms);
  if (event.data?.type === keepEditorMessage) event.waitUntil((keepingEditor ??= keepEditor().finally(() => (keepingEditor = undefined))));
});

let keepingEditor: Promise<void> | undefined;

async function keepEditor(): Promise<void> {
  const cache = await caches.open(assetCache);
  for (const url of config.editorAssets) {
    // One at a time: it runs in the background and must not crowd out what the learner is loading.
    await savingHold.released();
    if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await dropOutdatedRuntimeCaches();
      await self.clients.claim();
    })(),
  );
});

async function dropOutdatedRuntimeCaches(): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith(vmCachePrefix) && name !== config.vmCache) await caches.delete(name);
  }
  const current = new Set(config.runtimeAssets);
  const assets = await caches.open(assetCache);
  for (const request of await assets.keys()) {
    if (!current.has(new URL(request.url).pathname)) await assets.delete(request);
  }
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
