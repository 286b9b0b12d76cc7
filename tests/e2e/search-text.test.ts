// Search excerpts read as sentences: Pagefind joins the text of neighbouring inline elements with nothing between them
// (buttons, table headers, labels drawn side by side), so "Reset" + "machine" became "Resetmachine" in the excerpt.
// The index the build wrote (dist/pagefind) is read back and checked against the pages' own markup.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, openSite, watchedPage, type Site } from './browser.ts';
import { htmlFiles, urlPathOf } from './page-walk.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** url → the text Pagefind indexed for it (what excerpts are cut from). Fragments are gzip, behind a 12-byte tag. */
function indexedText(): Map<string, string> {
  const dir = join(distDir, 'pagefind', 'fragment');
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    texts.set(fragment.url, fragment.content);
  }
  return texts;
}

/**
 * Neighbouring elements of the indexed body with no space between them, as the run of text Pagefind would make of
 * them (last word of the first + first word of the second). Elements Pagefind ends a sentence after, or skips, are left out.
 */
function touchingWords(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const skipped = 'script, style, noscript, template, svg, label, form, nav, footer, iframe, [data-pagefind-ignore]';
  const block = /^(P|DIV|LI|UL|OL|TD|H[1-6]|ARTICLE|SECTION)$/;
  const runs: string[] = [];
  for (const first of doc.querySelectorAll('[data-pagefind-body] *')) {
    const second = first.nextSibling;
    if (!(second instanceof Element) || first.closest(skipped) || second.matches(skipped)) continue;
    // Highlighted code is split into token spans whose text really is contiguous.
    if (first.closest('pre')) continue;
    if (block.test(first.tagName) || block.test(second.tagName) || first.querySelector('p, div, li, td, br') || second.querySelector('p, div, li, td, br')) continue;
    const end = /(\p{L}|\p{N})+$/u.exec(first.textContent ?? '');
    const start = /^(\p{L}|\p{N})+/u.exec(second.textContent ?? '');
    if (end && start) runs.push(end[0] + start[0]);
  }
  return runs;
}

describe('search excerpts', () => {
  it('never glue the words of two neighbouring labels, buttons or cells together', async () => {
    const indexed = indexedText();
    expect(indexed.size).toBeGreaterThan(50);
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/404.html`);
    const glued: string[] = [];
    for (const file of htmlFiles()) {
      const text = indexed.get(urlPathOf(file));
      if (!text) continue;
      for (const run of await watched.page.evaluate(touchingWords, readFileSync(file, 'utf8'))) {
        if (new RegExp(`(?<![\\p{L}\\p{N}])${run}(?![\\p{L}\\p{N}])`, 'u').test(text)) glued.push(`${urlPathOf(file)}: ${run}`);
      }
    }
    expect([...new Set(glued)]).toEqual([]);
    await watched.context.close();
  });
});
