// What scripts/build-sw.ts tells the service worker (replaced at bundle time, so a change makes a new sw.js).

export interface OfflineWorkerConfig {
  /** Cache for the Linux lab's VM files, named after public/vm/manifest.json: a new VM build gets a fresh cache. */
  vmCache: string;
  /** Fingerprinted files cached once used (editor, simulators); older ones are dropped on activation. */
  runtimeAssets: string[];
  /** Monaco's files (a subset of `runtimeAssets`), saved when a page with an editor asks (`keepEditorMessage`). */
  editorAssets: string[];
  /** The page shown for a navigation that is neither online nor in the precache. */
  offlinePage: string;
  /** Seconds a navigation waits for the network before the precached copy answers. */
  networkTimeoutSeconds: number;
}

/** Runtime cache of fingerprinted `/_astro/` files. */
export const assetCache = 'astro-assets';
/** VM caches are `vm-<manifest hash>`. */
export const vmCachePrefix = 'vm-';

/** What a page with an editor posts to the worker so that Monaco is saved for offline use. */
export const keepEditorMessage = 'KEEP_EDITOR';

/**
 * What a page about to do heavy work (a Linux lab starting its machine) posts to the worker, with `ms`: saving the
 * course for offline use waits that long, so the page gets the machine's CPU and network first.
 */
export const holdSavingMessage = 'HOLD_SAVING';
/** The longest one message can hold saving. */
export const maxHoldMs = 15_000;
