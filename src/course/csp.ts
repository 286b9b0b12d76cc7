import { createHash } from 'node:crypto';
import { ISOLATED_PATH } from '../vite/sandbox-paths.ts';

/**
 * The site's Content-Security-Policy, computed per built page from what the page really contains: every inline script,
 * `<style>` and `style=""` attribute is allowed by its hash, so nothing inline runs unless the build put it there.
 * Exceptions are granted by what a page embeds (an editor, the WebContainer lab, a v86 lab, a deck); the WebContainer
 * one also needs the page to be one of the cross-origin isolated paths, since the lab cannot boot anywhere else.
 */

/** Directives a `<meta>` cannot carry (frame-ancestors) plus the hash-free ones: sent as a header by every host config. */
export const HEADER_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The origin `WebContainer.boot()` loads its runtime iframe from (@webcontainer/api's default editor origin). */
export const WEBCONTAINER_ORIGIN = 'https://stackblitz.com';

export interface PageNeeds {
  /** Monaco writes `<style>` elements and `style=""` attributes whose contents are only known at run time. */
  editor: boolean;
  /** The healthchecks lab boots StackBlitz's WebContainer runtime in an iframe (after a click, isolated pages only). */
  webContainer: boolean;
  /** v86 compiles its emulator from WebAssembly; xterm.js writes its own `<style>` elements. */
  linuxLab: boolean;
  /** reveal.js decks: the speaker view writes its own page (inheriting this policy) and frames the deck; print view adds styles. */
  deck: boolean;
}

// Custom elements that load the Linux (v86) labs; the lab element names are matched loosely so a new lab is covered.
const LINUX_LAB = /<(linux-lab|v86-lab|vm-lab)[\s>]|data-linux-lab\b/;

/** `path` is the page's URL path (`/en/healthchecks-and-probes/`). */
export function needsOf(html: string, path: string): PageNeeds {
  return {
    editor: /<dockerfile-editor[\s>]/.test(html),
    webContainer: /<health-lab[\s>]/.test(html) && ISOLATED_PATH.test(path),
    linuxLab: LINUX_LAB.test(html),
    deck: /<main class="reveal"/.test(html),
  };
}

export interface InlineSources {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Inline scripts (only those a browser executes), `<style>` contents and `style` attribute values of an HTML page. */
export function inlineSources(html: string): InlineSources {
  const scripts: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1].toLowerCase() ?? '';
    if (EXECUTABLE_TYPES.has(type)) scripts.push(body);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  // Scripts and styles are raw text: drop them first so their contents are never read as attributes.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  const styleAttributes = [...markup.matchAll(/<[a-z][^\s>]*\s[^>]*?\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) =>
    decodeAttribute(m[1] ?? m[2]),
  );
  return { scripts, styles, styleAttributes };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The value the browser hashes: the attribute after character references are decoded. */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const hashes = (texts: Iterable<string>) => [...new Set([...texts].map(sha256))];

/** The policy for one page: its own inline hashes plus `extra` inline sources a deck writes later (speaker and print views). */
export function pagePolicy(html: string, path: string, extra: InlineSources = { scripts: [], styles: [], styleAttributes: [] }): string {
  const needs = needsOf(html, path);
  const own = inlineSources(html);
  const withExtra = (a: string[], b: string[]) => (needs.deck ? [...a, ...b] : a);
  const scriptSrc = ["'self'", ...hashes(withExtra(own.scripts, extra.scripts)), ...(needs.linuxLab ? ["'wasm-unsafe-eval'"] : [])];
  // A hash in a directive switches its 'unsafe-inline' off, so editor and lab pages list no style hashes.
  const dynamicStyles = needs.editor || needs.linuxLab;
  const styleElem = dynamicStyles ? ["'self'", "'unsafe-inline'"] : ["'self'", ...hashes(withExtra(own.styles, extra.styles))];
  const attributeHashes = hashes(withExtra(own.styleAttributes, extra.styleAttributes));
  const styleAttr = dynamicStyles ? ["'unsafe-inline'"] : attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : ["'none'"];
  const frames = [...(needs.deck ? ["'self'"] : []), ...(needs.webContainer ? [WEBCONTAINER_ORIGIN] : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "script-src-attr 'none'",
    `style-src ${styleElem.join(' ')}`,
    `style-src-elem ${styleElem.join(' ')}`,
    `style-src-attr ${styleAttr.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    `frame-src ${frames.length ? frames.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first thing in `<head>` after the charset (a policy only guards what follows it). */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}"/>`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset && charset.index < html.search(/<(script|style|link)\b/i)) {
    const end = charset.index + charset[0].length;
    return html.slice(0, end) + meta + html.slice(end);
  }
  return html.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}
