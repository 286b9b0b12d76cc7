import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import glossary from '../../content/glossary.json' with { type: 'json' };

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('glossary terms explained in place', () => {
  for (const [locale, lang] of [['en', 'en'], ['pt-br', 'pt-BR']] as const) {
    it(`${locale}: a glossary link reached with Tab shows its definition, Escape hides it, Enter still opens the glossary`, async () => {
      const watched = await watchedPage(site);
      const { page } = watched;
      await page.goto(`${site.origin}/${locale}/docker-and-oci/`);
      await page.waitForSelector('glossary-terms[data-ready]', { state: 'attached' });
      await page.locator('main h1').first().click(); // start tabbing from the lesson's title
      let id = '';
      for (let i = 0; i < 200 && !id; i++) {
        await page.keyboard.press('Tab');
        id = await page.evaluate(() => {
          const active = document.activeElement;
          return active instanceof HTMLAnchorElement && active.classList.contains('glossary-link') ? active.hash.slice(1) : '';
        });
      }
      expect(id).not.toBe('');
      const entry = glossary.terms.find((term) => term.id === id)![lang];
      const tip = page.locator('#glossary-tip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      await expect(tip.textContent()).resolves.toBe(`${entry.term}${entry.definition}`);
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).resolves.toBe('glossary-tip');
      await page.screenshot({ path: `${screenshotDir}/glossary-tip-${locale}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      await Promise.all([page.waitForURL(`**/${locale}/glossary/#${id}`), page.keyboard.press('Enter')]);
      await watched.context.close();
    });
  }
});
