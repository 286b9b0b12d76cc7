import type { Page } from 'playwright-core';

/** Opens a lesson's deck on the slide that holds `selector` (slides have ids; reveal.js navigates by hash); gives that id. */
export async function openDeckSlideWith(page: Page, origin: string, path: string, selector: string): Promise<string> {
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('html[data-deck-ready]');
  const slideId = await page.locator(`.reveal ${selector}`).first().evaluate((el) => el.closest('section[id]')!.id);
  await page.goto(`${origin}${path}#/${slideId}`);
  await page.waitForSelector('html[data-deck-ready]');
  return slideId;
}

/** The rows of a table body as arrays of cell texts. */
export function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(selector).evaluate((tbody) =>
    [...tbody.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
  );
}
