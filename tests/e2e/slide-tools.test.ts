import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, screenshotDir, watchedPage, type Site, type WatchedPage } from './browser.ts';
import { pdfPageCount } from './pdf-pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const lessonDeck = (lang: string) => `/${lang}/namespaces/slides/`;

async function openDeck(watched: WatchedPage, path: string): Promise<Page> {
  await watched.page.goto(`${site.origin}${path}`);
  await watched.page.waitForSelector('html[data-deck-ready]');
  return watched.page;
}

/** The first main-line slide with a deep dive below it: its id, its label and how many deep dives it has. */
const firstStack = (page: Page) =>
  page.evaluate(() => {
    const [main, ...below] = document.querySelectorAll<HTMLElement>('.reveal .slides > section.stack')[0].querySelectorAll<HTMLElement>(':scope > section');
    return { id: main.id, label: main.dataset.slideLabel!, deepDives: below.length };
  });
const counter = (page: Page) => page.locator('.reveal .slide-number').innerText();
const currentLabel = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.reveal .slides section.present:not(.stack)')?.dataset.slideLabel);

/** Canvas pixels with any ink on them. */
const inkedPixels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.drawing-layer')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
    return inked;
  });

describe('slide numbers and jumping', () => {
  it('counts deep dives as 5.1, 5.2 and goes to a typed number (or G then a number) on Enter', async () => {
    const watched = await watchedPage(site);
    const page = await openDeck(watched, lessonDeck('en'));
    const stack = await firstStack(page);
    const total = await page.locator('.reveal .slides > section').count();
    expect(await counter(page)).toBe(`1 / ${total}`);

    // Typing the number opens the labelled box with the digit already in it.
    await page.keyboard.type(stack.label);
    const box = page.getByRole('textbox', { name: 'Go to slide' });
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.inputValue()).toBe(stack.label);
    await page.keyboard.press('Enter');
    await expect.poll(() => currentLabel(page)).toBe(stack.label);
    expect(await counter(page)).toBe(`${stack.label} / ${total}`);
    expect(await box.isVisible()).toBe(false);

    // ↓ goes into the deep dive, and the counter says so.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => counter(page)).toBe(`Deep dive 1 of ${stack.deepDives}\n${stack.label}.1 / ${total}`);

    // G, then a number the deck does not have: the box says why and stays; Esc leaves the slide where it was.
    await page.keyboard.press('g');
    await expect.poll(() => box.isVisible()).toBe(true);
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await expect.poll(() => box.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#jump-to-slide-help').innerText()).toContain('There is no slide 99');
    await page.keyboard.press('Escape');
    expect(await box.isVisible()).toBe(false);
    expect(await currentLabel(page)).toBe(`${stack.label}.1`);
    expect(await page.locator('.reveal.overview').count()).toBe(0);

    // G then 1 goes home; → from a main slide goes to the next main slide, never silently over a deep dive.
    await page.keyboard.press('g');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentLabel(page)).toBe('1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter(page)).toBe(`2 / ${total}`);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('leaves the keys to a quiz on the slide (a digit or L typed there is the quiz’s)', async () => {
    const watched = await watchedPage(site);
    const page = await openDeck(watched, lessonDeck('pt-br'));
    const slideId = await page.locator('.reveal .quiz').first().evaluate((el) => el.closest('section[id]')!.id);
    await openDeck(watched, `${lessonDeck('pt-br')}#/${slideId}`);
    await page.locator('.reveal section.present .quiz input[type=radio]').first().focus();
    await page.keyboard.press('3');
    await page.keyboard.press('l');
    await page.keyboard.press('d');
    expect(await page.getByRole('textbox', { name: 'Ir para o slide' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/deck-laser|deck-drawing/);
    await watched.context.close();
  });
});

describe('the deep-dive help line', () => {
  it('shows under a slide with a deep dive, fades by itself, and is gone for good once the presenter has gone ↓', async () => {
    const watched = await watchedPage(site);
    const page = await openDeck(watched, lessonDeck('pt-br'));
    const stack = await firstStack(page);
    await openDeck(watched, `${lessonDeck('pt-br')}#/${stack.id}`);
    const hint = page.locator('.deep-dive-hint');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.innerText()).toContain('↓ abre o aprofundamento');
    await page.screenshot({ path: `${screenshotDir}/deck-deep-dive-hint-pt-br.png` });
    // It fades after a few seconds on its own.
    await expect.poll(() => hint.isVisible(), { timeout: 12_000 }).toBe(false);

    // Back on the slide it shows again (the presenter has not used ↓ yet); ↓ then retires it for the session.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hint.isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => hint.isVisible()).toBe(false);
    await expect.poll(() => counter(page)).toMatch(new RegExp(`^Aprofundamento 1 de ${stack.deepDives}\\n${stack.label}\\.1 / \\d+$`));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => currentLabel(page)).toBe(stack.label);
    await page.reload();
    await page.waitForSelector('html[data-deck-ready]');
    expect(await hint.isVisible()).toBe(false);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});

describe('laser and drawing', () => {
  it('L turns the cursor into a red dot that follows the mouse; L or Esc turns it off (Esc opens no overview)', async () => {
    const watched = await watchedPage(site);
    const page = await openDeck(watched, `${lessonDeck('en')}#/slide-1`);
    const dot = page.locator('.laser-dot');
    await page.keyboard.press('l');
    await page.mouse.move(500, 300);
    await expect.poll(() => dot.isVisible()).toBe(true);
    const box = (await dot.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - 500)).toBeLessThan(2);
    expect(Math.abs(box.y + box.height / 2 - 300)).toBeLessThan(2);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reveal')!).cursor)).toBe('none');
    expect(await page.locator('.slide-tools-mode').innerText()).toContain('L or Esc turns it off');
    await page.screenshot({ path: `${screenshotDir}/deck-laser-en.png` });
    await page.keyboard.press('l');
    expect(await dot.isVisible()).toBe(false);
    await page.keyboard.press('l');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.classList.contains('deck-laser'))).toBe(false);
    expect(await page.locator('.reveal.overview').count()).toBe(0);
    // reveal.js's ? list: L is the laser's (no longer listed with → as "Navigate right"), G is our jump, listed once.
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.r-overlay-help-content tr');
    await expect.poll(() => help.count()).toBeGreaterThan(5);
    const rows = (await help.allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
    expect(rows).toContain('→ Navigate right');
    expect(rows.filter((row) => /^(?:.*, )?L\b/.test(row))).toEqual([expect.stringMatching(/^L Laser pointer/)]);
    expect(rows.filter((row) => /^G\b/.test(row))).toEqual([expect.stringMatching(/^G Go to slide by number/)]);
    await page.keyboard.press('Escape');
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });

  it('D draws with the mouse; C clears; the next slide starts clean; Esc stops drawing', async () => {
    const watched = await watchedPage(site);
    const page = await openDeck(watched, `${lessonDeck('pt-br')}#/slide-1`);
    const stroke = async () => {
      await page.mouse.move(300, 300);
      await page.mouse.down();
      for (let x = 300; x <= 700; x += 40) await page.mouse.move(x, 300 + (x % 80));
      await page.mouse.up();
    };
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.slide-tools-mode').innerText()).toContain('Desenhando');
    await stroke();
    expect(await inkedPixels(page)).toBeGreaterThan(500);
    await page.screenshot({ path: `${screenshotDir}/deck-drawing-pt-br.png` });
    await page.keyboard.press('c');
    expect(await inkedPixels(page)).toBe(0);
    await stroke();
    expect(await inkedPixels(page)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => inkedPixels(page)).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.classList.contains('deck-drawing'))).toBe(false);
    expect(await page.locator('.reveal.overview').count()).toBe(0);
    // Not drawing: a drag no longer inks.
    await stroke();
    expect(await inkedPixels(page)).toBe(0);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});

describe('PDF export', () => {
  /** Slides in the live deck: sections holding no other section (a stack is only a column). */
  async function slidesInDeck(page: Page, path: string): Promise<number> {
    await page.goto(`${site.origin}${path}`);
    await page.waitForSelector('html[data-deck-ready]');
    return page.evaluate(() => [...document.querySelectorAll('.reveal .slides section')].filter((s) => !s.querySelector('section')).length);
  }

  for (const path of ['/pt-br/security-layers/slides/', '/en/talk/30/', '/en/talk/']) {
    it(`prints ${path} as exactly one page per slide, with nothing live on the pages`, async () => {
      const watched = await watchedPage(site);
      const { page } = watched;
      const slides = await slidesInDeck(page, path);
      await page.goto(`${site.origin}${path}?print-pdf`);
      await page.waitForSelector('html[data-pdf-ready]', { timeout: 60_000 });
      const live = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, .deck-toolbar, .slide-tools, .controls')]
          .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(live).toEqual([]);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdfPageCount(pdf)).toBe(slides);
      expect(watched.errors).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
      await watched.context.close();
    }, 120_000);
  }

  it('counts PDF pages by their page dictionaries, not the page tree', () => {
    const twoPages = '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>\n<< /Type /Page /Parent 2 0 R >>\n<</Type/Page/Parent 2 0 R>>';
    expect(pdfPageCount(new TextEncoder().encode(twoPages))).toBe(2);
  });
});

describe('decks on phones', () => {
  for (const [width, height, path] of [
    [390, 844, lessonDeck('en')],
    [360, 740, '/pt-br/talk/'],
  ] as const) {
    it(`${path} at ${width} px keeps reveal.js's arrows and the slide number, and nothing is wider than the screen`, async () => {
      const watched = await watchedPage(site, { viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
      const page = await openDeck(watched, path);
      await expect.poll(() => page.locator('.reveal .controls .navigate-right').isVisible()).toBe(true);
      expect(await page.locator('.reveal .slide-number').isVisible()).toBe(true);
      // Not hidden under the toolbar's buttons either.
      const uncovered = await page.locator('.reveal .slide-number').evaluate((el) => {
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return !!hit && el.contains(hit);
      });
      expect(uncovered).toBe(true);
      expect(await counter(page)).toMatch(/^1 \/ \d+$/);
      await page.locator('.reveal .controls .navigate-right').tap();
      await expect.poll(() => counter(page)).toMatch(/^2 \/ \d+$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      if (path.includes('/talk/')) {
        const course = page.locator('.deck-toolbar a[data-course-link]');
        expect(await course.isVisible()).toBe(true);
        expect(await course.getAttribute('href')).toBe('/pt-br/');
      }
      await page.screenshot({ path: `${screenshotDir}/deck-phone-${width}.png` });
      expect(watched.errors).toEqual([]);
      await watched.context.close();
    });
  }

  it('the talk links back to the course on its title slide and in its toolbar', async () => {
    const watched = await watchedPage(site);
    const page = await openDeck(watched, '/en/talk/');
    const links = page.locator('a[data-course-link]:visible');
    expect(await links.count()).toBe(2);
    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) expect(href).toBe('/en/');
    await watched.context.close();
  });
});
