/**
 * `npm run bench:budgets` (after a build; DIST_DIR picks another build): every size in budgets.json — JS and CSS per
 * page kind, the editor chunks, the checker worker, the VM download and the offline precache — measured statically
 * from the built files (gzip level 9), printed with its budget and ratio. Exits 1 when any figure is over budget.
 * tests/e2e/budgets.test.ts asserts the same figures with the file's CI margin.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kb, pageWeight } from './page-weight.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface PageBudget {
  js: number;
  css: number;
}
export interface BudgetsFile {
  margin: number;
  pages: { reading: PageBudget; deck: PageBudget; talk: PageBudget; playground: PageBudget };
  editor: number;
  editorWorker: number;
  checkerWorker: number;
  vm: number;
  precache: number;
}

export interface Figure {
  id: string;
  label: string;
  /** Bytes a browser transfers (gzip level 9, or the raw size when the file is already compressed). */
  bytes: number;
  budget: number;
  /** What was measured, e.g. the heaviest page's path or a caveat. */
  note?: string;
}

export const readBudgets = (): BudgetsFile => JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));

const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length;
/** Servers compress text; archives and snapshots are sent as they are, so count whichever is smaller. */
const transferSize = (data: Buffer) => Math.min(data.length, gzipSize(data));

/** The URLs one built JS file loads: static imports, dynamic `import()`s (with Vite's preload lists) and workers. */
function references(code: string, url: string) {
  const resolve = (spec: string) => new URL(spec, `http://x${url}`).pathname;
  const staticImports = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => resolve(m[1]));
  const dynamicImports = [
    ...[...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1])),
    // Vite lists a dynamic import's chunks relative to the site root: `m.f=["_astro/x.js", …]`.
    ...[...code.matchAll(/m\.f=\[([^\]]*)\]/g)].flatMap((m) => [...m[1].matchAll(/"([^"]+\.js)"/g)].map((f) => `/${f[1]}`)),
  ];
  const workers = [...code.matchAll(/new Worker\(\s*(?:new URL\(\s*)?["'`]([^"'`$]+\.js)["'`]/g)].map((m) => resolve(m[1]));
  return { staticImports, dynamicImports, workers };
}

/** A JS file and everything it imports statically. */
function staticClosure(dist: string, entry: string, into = new Set<string>()): Set<string> {
  if (into.has(entry)) return into;
  into.add(entry);
  for (const url of references(readFileSync(join(dist, entry), 'utf8'), entry).staticImports) staticClosure(dist, url, into);
  return into;
}

const sumTransfer = (dist: string, urls: Iterable<string>) => [...urls].reduce((sum, url) => sum + transferSize(readFileSync(join(dist, url))), 0);

const moduleScripts = (dist: string, page: string) =>
  [...readFileSync(join(dist, page, 'index.html'), 'utf8').matchAll(/<script\b[^>]*\ssrc="(\/[^"]+\.js)"/g)].map((m) => m[1]);

/**
 * What "Edit & check" loads: the chunks the editor element's script imports dynamically (Monaco, its language
 * chunks) with their static imports, minus what the page already loaded; the Monaco and checker workers apart.
 */
function editorChunks(dist: string, page: string) {
  const scripts = moduleScripts(dist, page);
  const element = scripts.find((s) => /DockerfileEditor\.astro/.test(s));
  if (!element) throw new Error(`no editor element script on /${page}/`);
  const onPage = new Set<string>();
  for (const s of scripts) staticClosure(dist, s, onPage);
  const loaded = new Set<string>();
  const workers = new Set<string>();
  const visitDynamic = (url: string) => {
    if (onPage.has(url) || loaded.has(url)) return;
    for (const chunk of staticClosure(dist, url)) {
      if (onPage.has(chunk) || loaded.has(chunk)) continue;
      loaded.add(chunk);
      const refs = references(readFileSync(join(dist, chunk), 'utf8'), chunk);
      refs.workers.forEach((w) => workers.add(w));
      refs.dynamicImports.forEach(visitDynamic);
    }
  };
  // The element's own code may be a static import of the page script; Monaco is what any of it imports lazily.
  for (const chunk of staticClosure(dist, element)) references(readFileSync(join(dist, chunk), 'utf8'), chunk).dynamicImports.forEach(visitDynamic);
  return { loaded, workers };
}

/** A worker's script with its static and dynamic imports (the checker loads its grader on the first exercise). */
function workerClosure(dist: string, worker: string) {
  const all = new Set<string>();
  const visit = (url: string) => {
    if (all.has(url)) return;
    for (const chunk of staticClosure(dist, url)) {
      all.add(chunk);
      references(readFileSync(join(dist, chunk), 'utf8'), chunk).dynamicImports.forEach(visit);
    }
  };
  visit(worker);
  return all;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** Restoring the lab VM's snapshot downloads the emulator (v86 JS and wasm), the BIOS images and the snapshot. */
function vmDownload(dist: string) {
  const snapshotFiles = ['state.bin.zst', 'seabios.bin', 'vgabios.bin'].map((f) => join(dist, 'vm', f));
  const emulatorInDist = filesUnder(join(dist, '_astro')).filter((f) => /(?:^|\/)(?:libv86[^/]*\.m?js|v86[^/]*\.wasm)$/.test(f));
  const emulator = emulatorInDist.length > 0 ? emulatorInDist : ['libv86.mjs', 'v86.wasm'].map((f) => join(root, 'node_modules/v86/build', f));
  const bytes = [...snapshotFiles, ...emulator].reduce((sum, f) => sum + transferSize(readFileSync(f)), 0);
  // bzImage and initrd.cpio.gz stay on the server: the snapshot already holds the booted kernel.
  const note = emulatorInDist.length > 0 ? 'snapshot + BIOS + v86 from the build' : 'snapshot + BIOS + v86 from node_modules (not in the build yet)';
  return { bytes, note };
}

/**
 * The service worker's precache list when dist/sw.js exists; otherwise what it would precache: every HTML and CSS
 * file, Pagefind's index and the checker worker's chunks.
 */
function precache(dist: string, checker: Set<string>) {
  const sw = join(dist, 'sw.js');
  if (existsSync(sw)) {
    const code = readFileSync(sw, 'utf8');
    // Workbox entries: {"url":"/en/","revision":"…"}; a folder URL is its index.html.
    const files = new Set(
      [...code.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => `/${m[1].split('?')[0].replace(/^\//, '')}`.replace(/\/$/, '/index.html')),
    );
    const present = [...files].filter((u) => existsSync(join(dist, u)) && statSync(join(dist, u)).isFile());
    if (present.length > 0) {
      return { raw: present.reduce((s, u) => s + statSync(join(dist, u)).size, 0), bytes: sumTransfer(dist, present), note: `${present.length} files listed in dist/sw.js` };
    }
  }
  const files = [
    ...filesUnder(dist).filter((f) => /\.(html|css)$/.test(f)),
    ...filesUnder(join(dist, 'pagefind')).filter((f) => !/\.css$/.test(f)),
    ...[...checker].map((u) => join(dist, u)),
  ].map((f) => `/${relative(dist, f)}`);
  const unique = [...new Set(files)];
  return {
    raw: unique.reduce((s, u) => s + statSync(join(dist, u)).size, 0),
    bytes: sumTransfer(dist, unique),
    note: `no dist/sw.js: ${unique.length} files (HTML, CSS, Pagefind, checker worker)`,
  };
}

const lessonSlugs = () =>
  readdirSync(join(root, 'content/lessons/en'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));

/**
 * A page's stylesheets and inline styles, each counted once: the talk repeats every lesson's `<link>` and component
 * `<style>`, but a browser fetches a URL once and repeated inline blocks cost next to nothing in the gzipped HTML.
 */
function uniqueCssGzip(dist: string, path: string) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const hrefs = new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]));
  const blocks = new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  const tags = html.match(/<link\b[^>]*rel="stylesheet"|<style\b/g)?.length ?? 0;
  const bytes = [...hrefs].reduce((sum, href) => sum + gzipSize(readFileSync(join(dist, href))), 0) + [...blocks].reduce((sum, css) => sum + gzipSize(Buffer.from(css)), 0);
  return { bytes, repeats: tags - hrefs.size - blocks.size };
}

/** The heaviest page of a kind, so a budget holds for every lesson in both languages. */
function heaviest(dist: string, paths: string[], key: 'js' | 'css') {
  return paths
    .map((path) => (key === 'js' ? { path, bytes: pageWeight(dist, path).js.gzip, repeats: 0 } : { path, ...uniqueCssGzip(dist, path) }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
}

export function measureBudgets(dist: string, budgets = readBudgets()): Figure[] {
  const K = 1024;
  const langs = ['en', 'pt-br'];
  const slugs = lessonSlugs();
  const kinds: Array<{ id: keyof BudgetsFile['pages']; label: string; paths: string[] }> = [
    { id: 'reading', label: 'reading page', paths: langs.flatMap((l) => slugs.map((s) => `${l}/${s}`)) },
    { id: 'deck', label: 'lesson deck', paths: langs.flatMap((l) => slugs.map((s) => `${l}/${s}/slides`)) },
    { id: 'talk', label: 'whole talk', paths: langs.map((l) => `${l}/talk`) },
    { id: 'playground', label: 'playground', paths: langs.map((l) => `${l}/playground`) },
  ];
  const figures: Figure[] = [];
  for (const kind of kinds) {
    for (const key of ['js', 'css'] as const) {
      const worst = heaviest(dist, kind.paths, key);
      const repeats = worst.repeats > 0 ? ` (${worst.repeats} repeated style tags counted once)` : '';
      const note = `${kind.paths.length > 1 ? `heaviest of ${kind.paths.length}: ` : ''}/${worst.path}/${repeats}`;
      figures.push({ id: `${kind.id}.${key}`, label: `${kind.label} ${key.toUpperCase()}`, bytes: worst.bytes, budget: budgets.pages[kind.id][key] * K, note });
    }
  }
  const editor = editorChunks(dist, 'en/playground');
  figures.push({ id: 'editor', label: 'editor (Edit & check)', bytes: sumTransfer(dist, editor.loaded), budget: budgets.editor * K, note: [...editor.loaded].map((u) => u.replace(/^\/_astro\//, '').replace(/\.[\w-]+\.js$/, '')).join(', ') });
  const monacoWorker = [...editor.workers].find((w) => /editor\.worker/.test(w));
  const checkerWorker = [...editor.workers].find((w) => /checker\.worker/.test(w));
  if (!monacoWorker || !checkerWorker) throw new Error(`editor workers not found: ${[...editor.workers].join(', ')}`);
  figures.push({ id: 'editorWorker', label: 'Monaco editor worker', bytes: sumTransfer(dist, staticClosure(dist, monacoWorker)), budget: budgets.editorWorker * K });
  const checker = workerClosure(dist, checkerWorker);
  figures.push({ id: 'checkerWorker', label: 'checker worker + grader', bytes: sumTransfer(dist, checker), budget: budgets.checkerWorker * K, note: `${checker.size} chunks` });
  const vm = vmDownload(dist);
  figures.push({ id: 'vm', label: 'lab VM download', bytes: vm.bytes, budget: budgets.vm * K, note: vm.note });
  const cache = precache(dist, checker);
  figures.push({ id: 'precache', label: 'offline precache', bytes: cache.bytes, budget: budgets.precache * K, note: `${kb(cache.raw)} raw; ${cache.note}` });
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.env.DIST_DIR ?? join(root, 'dist');
  const figures = measureBudgets(dist);
  const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : kb(n));
  console.log(`Budgets (budgets.json) for ${dist} — gzip level 9 transfer sizes\n`);
  console.log(`${'figure'.padEnd(26)} ${'size'.padStart(10)} ${'budget'.padStart(10)}  ratio`);
  for (const f of figures) {
    const ratio = f.bytes / f.budget;
    const flag = ratio > 1 ? '  OVER' : '';
    console.log(`${f.label.padEnd(26)} ${size(f.bytes).padStart(10)} ${size(f.budget).padStart(10)}  ${(ratio * 100).toFixed(0).padStart(4)}%${flag}  ${f.note ?? ''}`);
  }
  const over = figures.filter((f) => f.bytes > f.budget);
  if (over.length > 0) {
    console.log(`\n${over.length} over budget: ${over.map((f) => f.id).join(', ')}`);
    process.exitCode = 1;
  }
}
