import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { openDeckSlideWith, tableRows } from './sims-helpers.ts';
import { seriousViolations } from './axe.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const statuses = (page: import('playwright-core').Page) =>
  page.locator('layer-cache .lc-layer').evaluateAll((items) => items.map((li) => `${li.querySelector('.lc-step')!.textContent!.split(' ')[0]} ${(li as HTMLElement).dataset.status}`));

describe('layer cache explorer', () => {
  it('renders the build statically, loads on approach, and follows the chosen file, .dockerignore and Dockerfile', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/dockerfile-practices/`);
    const island = page.locator('layer-cache');
    // Static first state: the unfriendly Node example after an edit to src/server.js.
    await expect(island.locator('[data-lc="summary"]').textContent()).resolves.toBe('2 of 6 steps from the cache, 4 run again.');
    // Not started yet: the island's code loads when it nears the viewport (other islands' chunks share the name client.*.js).
    await page.waitForTimeout(500);
    expect(await island.getAttribute('data-ready')).toBeNull();

    await island.scrollIntoViewIfNeeded();
    await page.waitForSelector('layer-cache[data-ready]');
    expect(await statuses(page)).toEqual(['FROM cached', 'WORKDIR cached', 'COPY rebuilt', 'RUN rebuilt', 'EXPOSE rebuilt', 'CMD rebuilt']);

    // Manifests first: editing the source keeps npm ci cached.
    await island.locator('[data-lc="example"]').selectOption('node-friendly');
    await expect.poll(() => statuses(page)).toEqual([
      'FROM cached', 'WORKDIR cached', 'COPY cached', 'RUN cached', 'COPY rebuilt', 'USER rebuilt', 'EXPOSE rebuilt', 'CMD rebuilt',
    ]);
    // package.json changed: the install runs again.
    await island.getByRole('radio', { name: 'package.json', exact: true }).check();
    await expect.poll(() => statuses(page)).toEqual([
      'FROM cached', 'WORKDIR cached', 'COPY rebuilt', 'RUN rebuilt', 'COPY rebuilt', 'USER rebuilt', 'EXPOSE rebuilt', 'CMD rebuilt',
    ]);
    // README.md is ignored: nothing runs; remove *.md from .dockerignore and COPY . . runs again.
    await island.getByRole('radio', { name: /README\.md/ }).check();
    await expect.poll(() => island.locator('[data-lc="note"]').textContent()).toContain('excluded by line 3 of .dockerignore (*.md)');
    expect((await statuses(page)).every((s) => s.endsWith('cached'))).toBe(true);
    const ignore = island.locator('[data-lc="dockerignore"]');
    await ignore.fill('node_modules\n.git\n');
    await expect.poll(() => statuses(page)).toContain('COPY rebuilt');
    await expect(island.locator('[data-lc="note"]').isHidden()).resolves.toBe(true);

    // The text alternative lists the same steps.
    const rows = await tableRows(page, 'layer-cache [data-lc="table"]');
    expect(rows.map((r) => `${r[2].split(' ')[0]} ${r[3]}`)).toEqual([
      'FROM cached', 'WORKDIR cached', 'COPY cached', 'RUN cached', 'COPY runs again', 'USER runs again', 'EXPOSE runs again', 'CMD runs again',
    ]);

    // Multi-stage: the final image is the distroless base plus the binary; the build stage does not ship.
    await island.locator('[data-lc="example"]').selectOption('go-multi-stage');
    await expect.poll(() => island.locator('[data-lc="image"]').textContent()).toBe('Image that ships: 12.1 MB');
    await expect(island.locator('.lc-stage').first().textContent()).resolves.toContain('build stage: does not ship');

    // Learner text is never HTML; typing in the textarea does not move anything else on the page.
    await island.locator('summary', { hasText: 'Edit the Dockerfile' }).click();
    const dockerfile = island.locator('[data-lc="dockerfile"]');
    await dockerfile.fill('FROM alpine:3.8\nRUN echo "<img src=x onerror=alert(1)>"\nCOPY . .\n');
    await island.getByRole('radio', { name: 'main.go' }).check();
    await expect.poll(() => statuses(page)).toEqual(['FROM cached', 'RUN cached', 'COPY rebuilt']);
    expect(await island.locator('img').count()).toBe(0);
    await expect(island.locator('.lc-layer').nth(0).textContent()).resolves.toContain('4.41 MB, uncompressed: figure from the blog post “Distroless! Pense mais…”, quoted in the lesson “Small images”, 2018');

    await island.screenshot({ path: `${screenshotDir}/layer-cache-reading-light.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('works in Portuguese, in dark theme, and on the deck slide without moving the deck while typing', async () => {
    const watched = await watchedPage(site, { colorScheme: 'dark', viewport: { width: 1280, height: 720 } });
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/dockerfile-practices/`);
    const island = page.locator('layer-cache');
    await island.scrollIntoViewIfNeeded();
    await page.waitForSelector('layer-cache[data-ready]');
    await expect(island.locator('[data-lc="summary"]').textContent()).resolves.toBe('2 de 6 passos vêm do cache, 4 rodam de novo.');
    await island.screenshot({ path: `${screenshotDir}/layer-cache-reading-dark-pt.png` });

    await openDeckSlideWith(page, site.origin, '/en/dockerfile-practices/slides/', 'layer-cache');
    const deckIsland = page.locator('.reveal section.present layer-cache');
    await page.waitForSelector('.reveal section.present layer-cache[data-ready]');
    const hash = await page.evaluate(() => location.hash);
    await deckIsland.locator('[data-lc="dockerignore"]').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' x');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await page.screenshot({ path: `${screenshotDir}/layer-cache-deck-dark.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });
});
