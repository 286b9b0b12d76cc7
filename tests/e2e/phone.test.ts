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
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of sitePaths().filter((p) => !p.endsWith('/slides/') && !p.includes('/talk/') && p !== '/404.html')) {
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
    await context.close();
    expect(wide).toEqual([]);
  }, 600_000);
});
