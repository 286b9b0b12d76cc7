// Build time: which files of the built site the service worker precaches and which it caches once used.
// Pure functions over file lists and file texts, so they are tested without building the site.

/** What a page needs to render and work is precached; the editor, simulators and VM are cached at runtime. */
export interface AssetPlan {
  /** Paths relative to the build folder, e.g. `en/namespaces/index.html`, `_astro/page.x1.js`. */
  precache: string[];
  /** Site URLs (`/_astro/editor.api.x2.js`, `/vm/bzImage`) that "Prepare for offline use" fetches. */
  runtime: string[];
}

/** Chunks the Dockerfile checker needs in its Web Worker, by Vite's name for them (`checker.worker-<hash>.js`, `grade-<hash>.js`). */
export const checkerChunk = /^_astro\/(?:checker\.worker|grade)-[\w-]+\.js$/;

/** Starlight's search script: the Pagefind UI it imports on first use is part of "search works offline". */
export const searchChunk = /^_astro\/Search\.astro_astro_type_script[\w.-]*\.js$/;

const pageFile = /\.html$/;
const alwaysPrecached = [/\.css$/, /^pagefind\//, /^favicon\.svg$/, /^vm\/manifest\.json$/, /^offline-assets\.json$/];
/** Files that are never worth caching for a learner. */
const neverCached = [/^_headers$/, /^sitemap[\w-]*\.xml$/, /^sw\.js$/, /^vm\/NOTICE\.md$/];

/** `/_astro/x.js` references in a page: module scripts, stylesheets, inline `import`s. */
export function astroRefsInPage(html: string): string[] {
  return [...html.matchAll(/\/_astro\/([\w.@~-]+)/g)].map((m) => `_astro/${m[1]}`);
}

/** Files a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`); dynamic `import("./x.js")` is left out on purpose. */
export function staticImportsOfChunk(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([\w.@~-]+)["'`]/g)].map((m) => `_astro/${m[1]}`);
}

/** Files a chunk imports on demand (`import("./x.js")`). */
export function dynamicImportsOfChunk(js: string): string[] {
  return [...js.matchAll(/\bimport\(\s*["'`]\.\/([\w.@~-]+)["'`]\s*\)/g)].map((m) => `_astro/${m[1]}`);
}

/**
 * Splits the build output into the precache and the runtime list.
 * `files` are all paths in the build folder; `read` returns a file's text (called for HTML and JS only);
 * `vmFiles` are the names listed in public/vm/manifest.json: only those a page or chunk names are kept (a lab
 * restores the snapshot; the kernel and initrd it was made from are not downloaded by learners).
 */
export function planAssets(files: string[], read: (path: string) => string, vmFiles: string[]): AssetPlan {
  const present = new Set(files);
  const precache = new Set<string>();
  const queue: string[] = [];
  const want = (path: string) => {
    if (!present.has(path) || precache.has(path)) return;
    precache.add(path);
    if (path.endsWith('.js')) queue.push(path);
  };
  for (const file of files) {
    if (neverCached.some((re) => re.test(file))) continue;
    if (pageFile.test(file)) {
      want(file);
      astroRefsInPage(read(file)).forEach(want);
    } else if (alwaysPrecached.some((re) => re.test(file)) || checkerChunk.test(file)) want(file);
  }
  // Whatever a precached chunk imports statically is needed the moment it runs.
  for (let path = queue.pop(); path; path = queue.pop()) {
    staticImportsOfChunk(read(path)).forEach(want);
    if (searchChunk.test(path)) dynamicImportsOfChunk(read(path)).forEach(want);
  }

  const runtime = files
    .filter((file) => file.startsWith('_astro/') && !precache.has(file))
    .map((file) => `/${file}`);
  const texts = files.filter((file) => pageFile.test(file) || /^_astro\/.*\.m?js$/.test(file)).map(read);
  const named = (name: string) => texts.some((text) => text.includes(`vm/${name}`));
  for (const name of vmFiles) if (present.has(`vm/${name}`) && named(name)) runtime.push(`/vm/${name}`);
  return { precache: [...precache].sort(), runtime: runtime.sort() };
}

/** The site URL a precached file answers to: `en/namespaces/index.html` → `/en/namespaces/` (the site uses trailing slashes). */
export function siteUrlOf(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
