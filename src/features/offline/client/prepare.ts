// "Prepare for offline use": fetch every file the service worker caches only once used (editor, simulators,
// VM), so a workshop room without internet has them. Each goes straight into the cache the worker reads it from.

/** An entry of offline-assets.json (written by scripts/build-sw.ts). */
export interface RuntimeAsset { url: string; bytes: number; cache: string }
export interface PrepareProgress { files: number; totalFiles: number; bytes: number; totalBytes: number }
export interface PrepareResult { failed: string[] }

/** Files fetched at once: enough to overlap latency without starving the page. */
const parallel = 3;

const storeInCache = async (asset: RuntimeAsset, response: Response) => (await caches.open(asset.cache)).put(asset.url, response);

/** Fetches each asset and stores it, counting bytes as they stream in (the VM snapshot is several MB). */
export async function prepareOffline(
  assets: RuntimeAsset[],
  onProgress: (progress: PrepareProgress) => void,
  { fetchFile = (url: string) => fetch(url), store = storeInCache }: {
    fetchFile?: (url: string) => Promise<Response>;
    store?: (asset: RuntimeAsset, response: Response) => Promise<void>;
  } = {},
): Promise<PrepareResult> {
  const progress: PrepareProgress = { files: 0, totalFiles: assets.length, bytes: 0, totalBytes: assets.reduce((sum, a) => sum + a.bytes, 0) };
  const failed: string[] = [];
  const queue = [...assets];
  onProgress({ ...progress });
  const worker = async () => {
    for (let asset = queue.shift(); asset; asset = queue.shift()) {
      let counted = 0;
      try {
        const response = await fetchFile(asset.url);
        if (!response.ok || !response.body) throw new Error(`${response.status}`);
        const saved = store(asset, response.clone());
        const reader = response.body.getReader();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          counted += chunk.value.byteLength;
          progress.bytes += chunk.value.byteLength;
          onProgress({ ...progress });
        }
        await saved;
      } catch {
        failed.push(asset.url);
      }
      // Keep the byte count on the build's figures, whatever the transfer looked like.
      progress.bytes += asset.bytes - counted;
      progress.files += 1;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, assets.length) }, worker));
  return { failed };
}

/** Which of the assets are missing from the caches (all of CacheStorage, as the worker stores them). */
export async function missingFromCaches(assets: RuntimeAsset[], match = (url: string) => caches.match(url)): Promise<RuntimeAsset[]> {
  const missing: RuntimeAsset[] = [];
  for (const asset of assets) if (!(await match(asset.url))) missing.push(asset);
  return missing;
}
