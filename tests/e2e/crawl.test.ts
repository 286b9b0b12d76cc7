import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openSite, type Site } from './browser.ts';
import { recordViolations, scrollThrough, sitePaths } from './page-walk.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Pages loaded side by side; one context for all (its cache keeps the crawl short). */
const PARALLEL = 3;

interface Crawl {
  local: number;
  foreign: string[];
}

/** Records every request the context makes; any that would leave 127.0.0.1 is blocked and named with its page. */
async function recordRequests(context: BrowserContext): Promise<Crawl> {
  const crawl: Crawl = { local: 0, foreign: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
      crawl.local++;
      return route.continue();
    }
    const from = route.request().frame()?.page().url() ?? '?';
    crawl.foreign.push(`${url.href} (from ${from})`);
    return route.abort();
  });
  return crawl;
}

describe('the whole site, page by page', () => {
  it('no page asks anything of a third party, even scrolled to the bottom (islands load on approach), and none breaks its policy', async () => {
    const paths = sitePaths();
    expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(40);
    expect(paths.filter((p) => p.startsWith('/pt-br/')).length).toBe(paths.filter((p) => p.startsWith('/en/')).length);
    // Without the service worker every request a page makes passes through the route below (its precache is local files).
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const crawl = await recordRequests(context);
    const violations = await recordViolations(context);
    const started = Date.now();
    const queue = [...paths];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path; path = queue.shift()) {
          await page.goto(`${site.origin}${path}`);
          await scrollThrough(page);
        }
        await page.close();
      }),
    );
    console.log(`crawl: ${paths.length} pages, ${crawl.local} local requests, ${crawl.foreign.length} foreign, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(crawl.foreign).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  }, 600_000);
});
