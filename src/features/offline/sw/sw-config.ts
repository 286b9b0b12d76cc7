// What scripts/build-sw.ts tells the service worker (replaced at bundle time, so a change makes a new sw.js).

export interface OfflineWorkerConfig {
  /** Cache for the Linux lab's VM files, named after public/vm/manifest.json: a new VM build gets a fresh cache. */
  vmCache: string;
  /** Fingerprinted files cached once used (editor, simulators); older ones are dropped on activation. */
  runtimeAssets: string[];
  /** The page shown for a navigation that is neither online nor in the precache. */
  offlinePage: string;
  /** Seconds a navigation waits for the network before the precached copy answers. */
  networkTimeoutSeconds: number;
}

/** Runtime cache of fingerprinted `/_astro/` files. */
export const assetCache = 'astro-assets';
/** VM caches are `vm-<manifest hash>`. */
export const vmCachePrefix = 'vm-';
