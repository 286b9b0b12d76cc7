import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, openSite, type Site } from './browser.ts';
import { sitePaths } from './page-walk.ts';
import { chromium, type Browser } from 'playwright-core';

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await openSite();
  browser = await chromium.launch({ executablePath: chromiumPath });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('phones', () => {
  it('no page is wider than a 360 px screen, in either language (wide figures scroll inside their own box)', async () => {
    // The walk is about layout: the service worker (saving the whole site in the background) stays off.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, serviceWorkers: 'block' });
    const wide: string[] = [];
    const queue = sitePaths().filter((p) => !p.endsWith('/slides/') && !p.includes('/talk/') && p !== '/404.html');
    const walk = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path; path = queue.shift()) {
        await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
        const culprit = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return '';
          // Name the outermost element that sticks out, so the report says what to fix.
          const offenders = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > width + 1);
          const outermost = offenders.find((el) => !offenders.includes(el.parentElement!)) ?? document.body;
          const name = `${outermost.tagName.toLowerCase()}${outermost.className && typeof outermost.className === 'string' ? '.' + outermost.className.trim().split(/\s+/).join('.') : ''}`;
          return `${document.documentElement.scrollWidth}px (${name})`;
        });
        if (culprit) wide.push(`${path}: ${culprit}`);
      }
      await page.close();
    };
    await Promise.all([walk(), walk(), walk()]);
    await context.close();
    expect(wide).toEqual([]);
  }, 600_000);

  it('a diagram keeps readable labels on a phone: it scrolls sideways in its own box and says so, in both languages', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [lang, words] of [['en', 'swipe sideways'], ['pt-br', 'deslize para o lado']]) {
      await page.goto(`${site.origin}/${lang}/container-networking/`);
      const figure = page.locator('figure.diagram').first();
      await figure.scrollIntoViewIfNeeded();
      const box = await figure.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(box.scroll).toBeGreaterThan(box.client * 1.3);
      // A 13-unit label drawn at the figure's width: unreadable (≈ 6 px) when the whole diagram is squeezed in.
      const labelPx = await figure.evaluate((el) => {
        const svg = el.querySelector('svg')!;
        return (13 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
      });
      expect(labelPx).toBeGreaterThanOrEqual(10);
      await expect.poll(() => figure.locator('.diagram-swipe').isVisible()).toBe(true);
      expect(await figure.locator('.diagram-swipe').textContent()).toContain(words);
      await figure.evaluate((el) => el.scrollBy({ left: 200 }));
      expect(await figure.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await desktop.goto(`${site.origin}/en/container-networking/`);
    expect(await desktop.locator('figure.diagram .diagram-swipe').first().isVisible()).toBe(false);
    await desktop.close();
    await context.close();
  }, 120_000);
});

describe('"Present as slides" never covers the lesson', () => {
  // The boxes a learner must see whole: editors, exercises' checklists, quiz feedback, and whatever has focus.
  const overlaps = () => {
    const link = document.querySelector('a[data-view-switch="slides"]')!.getBoundingClientRect();
    const covered = [...document.querySelectorAll('dockerfile-editor, .exercise, .quiz-feedback'), document.activeElement]
      .filter((el): el is Element => !!el && el !== document.body && el.getClientRects().length > 0)
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.left < link.right && link.left < box.right && box.top < link.bottom && link.top < box.bottom;
      });
    return covered.map((el) => `${el.tagName.toLowerCase()}.${el.className} at ${Math.round(scrollY)}`);
  };

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }, { width: 1440, height: 900 }]) {
    it(`scrolling a lesson with an exercise and a quiz at ${viewport.width}×${viewport.height}, with the editor and a quiz answered`, async () => {
      const phone = viewport.width < 500;
      const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
      const page = await context.newPage();
      await page.goto(`${site.origin}/en/dockerfile-practices/`, { waitUntil: 'load' });
      await page.locator('.quiz-option input').first().check();
      const exercise = page.locator('.exercise').first();
      await exercise.getByRole('button', { name: 'Edit & check' }).click();
      await page.locator('.exercise .monaco-editor textarea, .exercise textarea').first().focus();
      const found: string[] = [];
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += viewport.height / 3) {
        await page.evaluate((top) => scrollTo(0, top), y);
        await page.evaluate(() => new Promise(requestAnimationFrame));
        found.push(...(await page.evaluate(overlaps)));
      }
      expect(found).toEqual([]);
      // It is still there to use: on a phone in the lesson bar, wider as a floating button.
      await page.evaluate(() => scrollTo(0, 0));
      await expect(page.locator('a[data-view-switch="slides"]').isVisible()).resolves.toBe(true);
      await context.close();
    }, 120_000);
  }
});
