// Serves the built site the way a static host would, plus one change to every HTML page: a marker <meta> that
// tells the page's workshop loader a server is here, and the workshop's UI strings in the page's language.
// Pages the static host serves have neither, so the loader stays asleep and nothing else is requested.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { HEADER_POLICY } from '../../../course/csp.ts';
import { ISOLATED_PATH, isolationHeaders } from '../../../vite/sandbox-paths.ts';
import { islandStrings, scriptJson } from '../../../ui/island-strings.ts';
import { isLocaleKey, type LocaleKey } from '../../../course/locales.ts';
import { WORKSHOP_META, WORKSHOP_STRINGS_ID } from '../marker.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.zst': 'application/octet-stream',
};

export const SECURITY_HEADERS = {
  'content-security-policy': HEADER_POLICY,
  'x-content-type-options': 'nosniff',
  // Instructor links carry their secret in the fragment, which browsers never send; no referrer leaves anyway.
  'referrer-policy': 'no-referrer',
};

export function siteHandler(root: string) {
  const html = new Map<string, Buffer>();

  return async (res: ServerResponse, pathname: string): Promise<void> => {
    let path = normalize(join(root, pathname));
    if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return void res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      await stat(path);
    } catch {
      return send(res, 404, join(root, '404.html'), pathname);
    }
    return send(res, 200, path, pathname);
  };

  async function send(res: ServerResponse, status: number, file: string, pathname: string): Promise<void> {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': cacheOf(pathname) };
    if (ISOLATED_PATH.test(pathname)) Object.assign(headers, isolationHeaders);
    let body: Buffer;
    try {
      body = type.startsWith('text/html') ? await page(file, pathname) : await readFile(file);
    } catch {
      return void res.writeHead(404, SECURITY_HEADERS).end();
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length) });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  async function page(file: string, pathname: string): Promise<Buffer> {
    const cached = html.get(file);
    if (cached) return cached;
    const text = withWorkshopMarker(await readFile(file, 'utf8'), localeOf(pathname));
    const body = Buffer.from(text);
    html.set(file, body);
    return body;
  }
}

const localeOf = (pathname: string): LocaleKey => {
  const first = pathname.split('/')[1];
  return isLocaleKey(first) ? first : 'en';
};

function cacheOf(pathname: string): string {
  if (pathname.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** The page with the marker after its policy (first thing in <head>) and the workshop strings before </body>. */
export function withWorkshopMarker(html: string, locale: LocaleKey): string {
  const meta = `<meta name="${WORKSHOP_META}" content="1"/>`;
  const strings = `<script type="application/json" id="${WORKSHOP_STRINGS_ID}" data-island-strings>${scriptJson(islandStrings(locale, ['workshop.']))}</script>`;
  const policy = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html);
  const at = policy ? policy.index + policy[0].length : html.search(/<head[^>]*>/i) + (/<head[^>]*>/i.exec(html)?.[0].length ?? 0);
  const marked = html.slice(0, at) + meta + html.slice(at);
  const end = marked.lastIndexOf('</body>');
  return end < 0 ? marked + strings : marked.slice(0, end) + strings + marked.slice(end);
}
