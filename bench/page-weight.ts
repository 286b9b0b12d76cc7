import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
  files: number;
}
export interface PageWeight {
  js: Weight;
  css: Weight;
}

const empty = (): Weight => ({ raw: 0, gzip: 0, files: 0 });
const add = (weight: Weight, text: string) => {
  weight.raw += Buffer.byteLength(text);
  weight.gzip += gzipSync(text, { level: 9 }).length;
  weight.files += 1;
};

/**
 * What a first visit to a built page downloads before any interaction: its stylesheets, inline styles and
 * scripts, and module scripts with their static imports (dynamic `import()` chunks load on demand: not counted).
 */
export function pageWeight(distDir: string, pagePath: string): PageWeight {
  const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
  const js = empty();
  const css = empty();
  const seen = new Set<string>();
  const addModule = (url: string) => {
    if (seen.has(url) || !url.startsWith('/')) return;
    seen.add(url);
    const code = readFileSync(join(distDir, url), 'utf8');
    add(js, code);
    for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
      addModule(new URL(match[1], `http://x${url}`).pathname);
    }
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(match[1])?.[1];
    if (/type="application\/(ld\+)?json"/.test(match[1])) continue;
    if (src) addModule(src);
    else if (match[2].trim()) {
      add(js, match[2]);
      for (const inner of match[2].matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) addModule(inner[1]);
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) add(css, readFileSync(join(distDir, match[1]), 'utf8'));
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) add(css, match[1]);
  return { js, css };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
