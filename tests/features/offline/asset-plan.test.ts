import { describe, expect, it } from 'vitest';
import { astroRefsInPage, dynamicImportsOfChunk, planAssets, siteUrlOf, staticImportsOfChunk } from '../../../src/features/offline/build/asset-plan.ts';
import { buildFolderFromArgs } from '../../../src/features/offline/build/build-args.ts';
import { navigationFallbacks } from '../../../src/features/offline/sw/navigation.ts';

// A miniature build folder: one page with a script, an editor island loaded on click, the checker worker, a VM.
const site: Record<string, string> = {
  'index.html': '<script type="module">import "/_astro/home.a1.js";</script><script type="module" src="/_astro/Search.astro_astro_type_script_index_0_lang.s1.js"></script>',
  '_astro/Search.astro_astro_type_script_index_0_lang.s1.js': 'const ui=async()=>await import(`./ui-core.s2.js`)',
  '_astro/ui-core.s2.js': '',
  'en/namespaces/index.html': '<link rel="stylesheet" href="/_astro/lesson.b2.css"><script type="module" src="/_astro/Exercise.c3.js"></script>',
  'pt-br/namespaces/index.html': '<script type="module" src="/_astro/Exercise.c3.js"></script>',
  '404.html': '<p>not found</p>',
  '_astro/home.a1.js': 'console.log(1)',
  '_astro/lesson.b2.css': 'body{}',
  '_astro/Exercise.c3.js': 'import{s as e}from"./page-store.d4.js";const m=()=>import(`./session.e5.js`);',
  '_astro/page-store.d4.js': 'export const s=1',
  '_astro/session.e5.js': 'import{p}from"./editor.api.f6.js";new Worker(new URL(`/_astro/checker.worker-g7.js`,import.meta.url))',
  '_astro/editor.api.f6.js': 'export const p=1',
  '_astro/codicon.h8.ttf': '',
  '_astro/lab.k1.js': 'const vm={state:"/vm/state.bin.zst"}',
  '_astro/checker.worker-g7.js': 'let g;g??=import(`./grade-i9.js`)',
  '_astro/grade-i9.js': 'import{n}from"./checker.worker-g7.js";import"./yaml.j0.js"',
  '_astro/yaml.j0.js': '',
  'pagefind/pagefind.js': '',
  'pagefind/index/en_1.pf_index': '',
  'vm/manifest.json': '{}',
  'vm/bzImage': '',
  'vm/state.bin.zst': '',
  'vm/NOTICE.md': '',
  'sitemap-index.xml': '',
  '_headers': '',
  'favicon.svg': '',
};
const plan = planAssets(Object.keys(site), (path) => site[path], ['bzImage', 'state.bin.zst']);

describe('which built files are precached and which are prepared for offline use', () => {
  it('precaches every page in both languages, their scripts and styles, search (index and UI) and the checker', () => {
    expect(plan.precache).toEqual([
      '404.html',
      '_astro/Exercise.c3.js',
      '_astro/Search.astro_astro_type_script_index_0_lang.s1.js',
      '_astro/checker.worker-g7.js',
      '_astro/grade-i9.js',
      '_astro/home.a1.js',
      '_astro/lesson.b2.css',
      '_astro/page-store.d4.js',
      '_astro/ui-core.s2.js',
      '_astro/yaml.j0.js',
      'en/namespaces/index.html',
      'favicon.svg',
      'index.html',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind.js',
      'pt-br/namespaces/index.html',
      'vm/manifest.json',
    ]);
  });

  it('leaves what loads on demand (editor, fonts, labs) and the VM files a lab names to "Prepare for offline use"', () => {
    expect(plan.runtime).toEqual(['/_astro/codicon.h8.ttf', '/_astro/editor.api.f6.js', '/_astro/lab.k1.js', '/_astro/session.e5.js', '/vm/state.bin.zst']);
  });

  it('reads references from pages and only static imports from chunks', () => {
    expect(astroRefsInPage('<script src="/_astro/a.B1-x.js"></script><link href="/_astro/b.css">')).toEqual(['_astro/a.B1-x.js', '_astro/b.css']);
    const chunk = 'import{a}from"./x.js";import"./y.js";import(`./z.js`);import("./w.js")';
    expect(staticImportsOfChunk(chunk)).toEqual(['_astro/x.js', '_astro/y.js']);
    expect(dynamicImportsOfChunk(chunk)).toEqual(['_astro/z.js', '_astro/w.js']);
  });

  it('names pages by their URL with a trailing slash', () => {
    expect(siteUrlOf('index.html')).toBe('/');
    expect(siteUrlOf('en/namespaces/index.html')).toBe('/en/namespaces/');
    expect(siteUrlOf('404.html')).toBe('/404.html');
    expect(siteUrlOf('_astro/x.js')).toBe('/_astro/x.js');
  });
});

describe('the build folder passed through `npm run build -- …`', () => {
  it('follows Astro’s --outDir (both spellings) or --dist, and ignores other flags', () => {
    expect(buildFolderFromArgs([])).toBe('dist');
    expect(buildFolderFromArgs(['--outDir', '/tmp/x'])).toBe('/tmp/x');
    expect(buildFolderFromArgs(['--verbose', '--outDir=/tmp/y'])).toBe('/tmp/y');
    expect(buildFolderFromArgs(['--dist', 'out'])).toBe('out');
    expect(() => buildFolderFromArgs(['--outDir'])).toThrow('--outDir needs a folder');
  });
});

describe('what answers a navigation when the network cannot', () => {
  it('is the precached page, then the offline page', () => {
    expect(navigationFallbacks('/en/namespaces/', '/offline/')).toEqual(['/en/namespaces/', '/offline/']);
    expect(navigationFallbacks('/en/namespaces', '/offline/')).toEqual(['/en/namespaces/', '/offline/']);
    expect(navigationFallbacks('/en/namespaces/index.html', '/offline/')).toEqual(['/en/namespaces/', '/offline/']);
    expect(navigationFallbacks('/404.html', '/offline/')).toEqual(['/404.html', '/offline/']);
  });
});
