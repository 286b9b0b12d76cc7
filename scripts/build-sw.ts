// npm run build (after `astro build`): the service worker that keeps the course usable offline.
//   node scripts/build-sw.ts [--dist FOLDER | --outDir FOLDER]   (default: dist)
// Writes into the build folder: offline/index.html (shown for pages without a copy), offline-assets.json (what
// "Prepare for offline use" downloads) and sw.js (Workbox; precache list injected; Monaco's files listed for pages with
// an editor to ask for). Prints the sizes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { injectManifest } from 'workbox-build';
import { buildFolderFromArgs } from '../src/features/offline/build/build-args.ts';
import { planAssets, siteUrlOf } from '../src/features/offline/build/asset-plan.ts';
import { offlinePageHtml } from '../src/features/offline/build/offline-page.ts';
import { pagePolicy, withCspMeta } from '../src/course/csp.ts';
import { assetCache, vmCachePrefix, type OfflineWorkerConfig } from '../src/features/offline/sw/sw-config.ts';

const folder = resolve(buildFolderFromArgs(process.argv.slice(2)));
if (!existsSync(join(folder, 'index.html'))) {
  console.error(`build-sw: ${folder} holds no built site (run astro build first)`);
  process.exit(2);
}

const offlinePage = 'offline/index.html';
mkdirSync(join(folder, 'offline'), { recursive: true });
const offlineHtml = offlinePageHtml();
// Written after Astro's csp-meta step, so it gets its policy here, from the same rules as every other page.
writeFileSync(join(folder, offlinePage), withCspMeta(offlineHtml, pagePolicy(offlineHtml, '/offline/')));

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
const read = (path: string) => readFileSync(join(folder, path), 'utf8');
const sizeOf = (path: string) => statSync(join(folder, path)).size;

const vmManifestPath = join(folder, 'vm', 'manifest.json');
const vmManifest = existsSync(vmManifestPath) ? readFileSync(vmManifestPath, 'utf8') : '';
// The VM's files, and the container labs' userland its 9p filesystem fetches after the first prompt (vm/fs/<sha256>).
const vmFiles = vmManifest ? vmFileNames(JSON.parse(vmManifest)) : [];
function vmFileNames(manifest: { files?: Record<string, unknown>; userland?: { baseurl: string; files: Array<{ sha256: string }> } }): string[] {
  const userland = manifest.userland;
  return [...Object.keys(manifest.files ?? {}), ...(userland ? userland.files.map((file) => `${userland.baseurl}${file.sha256}`) : [])];
}

const plan = planAssets([...filesIn(folder).filter((f) => f !== 'offline-assets.json'), 'offline-assets.json'], read, vmFiles);
const config: OfflineWorkerConfig = {
  vmCache: `${vmCachePrefix}${createHash('sha256').update(vmManifest).digest('hex').slice(0, 12)}`,
  runtimeAssets: plan.runtime.filter((url) => url.startsWith('/_astro/')),
  editorAssets: plan.editor,
  offlinePage: siteUrlOf(offlinePage),
  networkTimeoutSeconds: 4,
};
const runtimeFiles = plan.runtime.map((url) => ({
  url,
  bytes: sizeOf(url.slice(1)),
  cache: url.startsWith('/vm/') ? config.vmCache : assetCache,
}));
const runtimeBytes = runtimeFiles.reduce((sum, f) => sum + f.bytes, 0);
writeFileSync(join(folder, 'offline-assets.json'), JSON.stringify({ files: runtimeFiles, bytes: runtimeBytes }, null, 2) + '\n');

// Workbox's modules are bundled into one classic script with the config inlined.
const bundled = join(tmpdir(), `sw-${process.pid}.js`);
await build({
  input: fileURLToPath(new URL('../src/features/offline/sw/sw.ts', import.meta.url)),
  transform: { define: { __OFFLINE_CONFIG__: JSON.stringify(config), 'process.env.NODE_ENV': '"production"' } },
  output: { file: bundled, format: 'iife', minify: true },
  logLevel: 'warn',
});

const result = await injectManifest({
  swSrc: bundled,
  swDest: join(folder, 'sw.js'),
  globDirectory: folder,
  globPatterns: plan.precache,
  // Fingerprinted names are their own revision.
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: siteUrlOf(e.url) })), warnings: [] })],
});
rmSync(bundled, { force: true });
for (const warning of result.warnings) console.warn(`build-sw: ${warning}`);

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
// What travels from a host that compresses (zstd-packed VM files barely shrink).
const gzipped = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSync(readFileSync(join(folder, path))).length, 0);
console.log(`build-sw: sw.js precaches ${result.count} files, ${mb(result.size)} (${mb(gzipped(plan.precache))} gzip)`);
const editorPaths = plan.editor.map((u) => u.slice(1));
console.log(`build-sw: a page with an editor has the worker save Monaco: ${editorPaths.length} files (${mb(gzipped(editorPaths))} gzip)`);
console.log(
  `build-sw: "Prepare for offline use" adds ${runtimeFiles.length} files, ${mb(runtimeBytes)} (${mb(gzipped(plan.runtime.map((u) => u.slice(1))))} gzip), listed in offline-assets.json; VM cache ${config.vmCache}`,
);
