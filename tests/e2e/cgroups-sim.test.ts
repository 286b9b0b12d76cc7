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

describe('cgroup limits', () => {
  it('steps a leaking cgroup to the OOM kill, with memory.events, and shows cpu.max throttling', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/cgroups/`);
    const island = page.locator('cgroup-limits');
    // Static first state: the whole 32 s run, OOM-killed at 25 s.
    await expect(island.locator('[data-cg="mem-events"]').textContent()).resolves.toBe('low 0\nhigh 17\nmax 1\noom 1\noom_kill 1\n');
    await island.scrollIntoViewIfNeeded();
    await page.waitForSelector('cgroup-limits[data-ready]');

    await island.getByRole('button', { name: 'Reset' }).click();
    const step = island.getByRole('button', { name: 'Step 1 s' });
    for (let i = 0; i < 9; i++) await step.click();
    await expect.poll(() => island.locator('[data-cg="mem-now"]').textContent()).toBe('t = 9 s · memory.current 66 MiB (heap 66, page cache 0)');
    await expect(island.locator('[data-cg="mem-state"]').textContent()).resolves.toBe('above memory.high: reclaimed and throttled');
    await expect(island.locator('[data-cg="mem-events"]').textContent()).resolves.toBe('low 0\nhigh 1\nmax 0\noom 0\noom_kill 0\n');
    expect(await island.locator('[data-cg="mem-chart"] rect.cg-anon').count()).toBe(9);

    // Play runs to the OOM kill and stops there.
    await island.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => island.locator('[data-cg="mem-state"]').textContent(), { timeout: 20_000 }).toBe('OOM-killed at memory.max (exit code 137)');
    await expect.poll(() => island.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await expect(island.locator('[data-cg="mem-events"]').textContent()).resolves.toBe('low 0\nhigh 17\nmax 1\noom 1\noom_kill 1\n');
    const rows = await tableRows(page, 'cgroup-limits [data-cg="mem-table"]');
    expect(rows).toHaveLength(25);
    expect(rows[24]).toEqual(['25', '0', '0', '0', 'OOM-killed at memory.max (exit code 137)', '17 / 1 / 1 / 1']);

    // An invalid limit is refused, like the kernel would.
    await island.locator('[data-cg="max"]').fill('lots');
    await expect.poll(() => island.locator('[data-cg="mem-invalid"]').isVisible()).toBe(true);
    await island.locator('[data-cg="max"]').fill('max');
    await expect.poll(() => island.locator('[data-cg="mem-invalid"]').isVisible()).toBe(false);
    await island.screenshot({ path: `${screenshotDir}/cgroups-memory-reading-light.png` });

    // CPU tab, reached with the keyboard (arrow keys on the tab list).
    await island.getByRole('tab', { name: /Memory/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => island.getByRole('tab', { name: 'CPU: cpu.max' }).getAttribute('aria-selected')).toBe('true');
    await expect(island.locator('[data-cg="cpu-summary"]').textContent()).resolves.toContain('150 ms of CPU time used, 250 ms throttled');
    await expect(island.locator('[data-cg="cpu-stat"]').textContent()).resolves.toBe(
      'usage_usec 1500000\nuser_usec 1500000\nsystem_usec 0\nnr_periods 10\nnr_throttled 10\nthrottled_usec 2500000',
    );
    await island.locator('[data-cg="threads"]').fill('1');
    await expect.poll(() => island.locator('[data-cg="cpu-stat"]').textContent()).toContain('nr_throttled 0');
    expect((await tableRows(page, 'cgroup-limits [data-cg="cpu-table"]'))[0]).toEqual(['1', '100', '0', 'no']);
    expect(await island.locator('[data-cg="cpu-chart"] rect').count()).toBe(3);
    await island.locator('[data-cg="threads"]').fill('4');
    await island.screenshot({ path: `${screenshotDir}/cgroups-cpu-reading-light.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('works in Portuguese on the deck slide, dark theme, and typing in a field never moves the deck', async () => {
    const watched = await watchedPage(site, { colorScheme: 'dark', viewport: { width: 1280, height: 720 } });
    const { page } = watched;
    await openDeckSlideWith(page, site.origin, '/pt-br/cgroups/slides/', 'cgroup-limits');
    await page.waitForSelector('.reveal section.present cgroup-limits[data-ready]');
    const island = page.locator('.reveal section.present cgroup-limits');
    const hash = await page.evaluate(() => location.hash);
    await island.locator('[data-cg="high"]').click();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await island.getByRole('button', { name: 'Rodar' }).click();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `${screenshotDir}/cgroups-deck-dark-pt.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });
});
