// Learners never read an internal id: every built page's text, the labels read aloud and the UI strings a page ships
// name exercises, quizzes and labs by their titles. Data attributes may carry ids (`data-editor-id="exercise:…"`).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './browser.ts';
import { htmlFiles, urlPathOf } from './page-walk.ts';
import { localeKeys } from '../../src/course/locales.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** What a learner reads or hears on a page, parsed (not run) by Chromium: text, labels, titles, alt text, shipped strings. */
function learnerText(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const texts: string[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style, template, noscript')) texts.push(node.textContent!);
  }
  for (const el of doc.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) if (el.hasAttribute(name)) texts.push(el.getAttribute(name)!);
  }
  for (const strings of doc.querySelectorAll('script[data-island-strings]')) texts.push(...Object.values(JSON.parse(strings.textContent!) as Record<string, string>));
  return texts;
}

describe('learners read titles, not internal ids', () => {
  it('no built page shows an exercise:, quiz: or lab: id in its text, labels or strings', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/404.html`);
    const found: string[] = [];
    for (const file of htmlFiles()) {
      const texts = await watched.page.evaluate(learnerText, readFileSync(file, 'utf8'));
      for (const text of texts) {
        const id = /\b(?:exercise|quiz|lab):[a-z0-9][\w-]*/.exec(text);
        if (id) found.push(`${urlPathOf(file)}: ${id[0]}`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
    await watched.context.close();
  });

  for (const locale of localeKeys) {
    it(`/${locale}/progress/ names each quiz and exercise by its title, not its id`, async () => {
      const watched = await watchedPage(site);
      const { page } = watched;
      await page.goto(`${site.origin}/${locale}/progress/`);
      const rows = await page.locator('li[data-quiz], li[data-exercise]').evaluateAll((items) =>
        items.map((li) => ({ id: (li as HTMLElement).dataset.quiz ?? (li as HTMLElement).dataset.exercise!, text: li.textContent! })));
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.filter((row) => row.text.includes(`“${row.id}”`))).toEqual([]);
      expect(watched.errors).toEqual([]);
      await watched.context.close();
    });
  }
});
