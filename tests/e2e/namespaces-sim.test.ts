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

describe('PID namespace visualizer', () => {
  it('shows one process with two PIDs; exec, fork and killing PID 1 update both ps views', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/namespaces/`);
    const island = page.locator('pid-namespaces');
    // Static first state: nginx is PID 1 inside and 104 on the host.
    expect(await tableRows(page, 'pid-namespaces [data-ns="container"] tbody')).toEqual([['1', '0', 'nginx', '104']]);
    await island.scrollIntoViewIfNeeded();
    await page.waitForSelector('pid-namespaces[data-ready]');

    await island.getByRole('button', { name: 'docker exec a shell' }).click();
    await expect.poll(() => island.locator('[data-ns="event"]').textContent()).toContain('sh is PID 2 inside, with PPID 0');
    // Keyboard: Tab to the next button and press Enter.
    await island.getByRole('button', { name: 'docker exec a shell' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => tableRows(page, 'pid-namespaces [data-ns="container"] tbody')).toEqual([
      ['1', '0', 'nginx', '104'],
      ['2', '0', 'sh', '105'],
      ['3', '1', 'nginx-worker', '106'],
    ]);
    expect((await tableRows(page, 'pid-namespaces [data-ns="host"] tbody')).slice(-3)).toEqual([
      ['104', '103', 'nginx', '1'],
      ['105', '103', 'sh', '2'],
      ['106', '104', 'nginx-worker', '3'],
    ]);
    await expect(island.locator('[data-ns="tree"] [data-in-container]').count()).resolves.toBe(3);
    await island.screenshot({ path: `${screenshotDir}/namespaces-reading-light.png` });

    await island.getByRole('button', { name: 'Kill PID 1 of the container' }).click();
    await expect.poll(() => island.locator('[data-ns="event"]').textContent()).toBe(
      'PID 1 was killed: the kernel killed all 3 processes of its namespace, and the container stopped.',
    );
    expect(await tableRows(page, 'pid-namespaces [data-ns="container"] tbody')).toEqual([]);
    expect((await tableRows(page, 'pid-namespaces [data-ns="host"] tbody')).map((r) => r[2])).toEqual(['systemd', 'sshd', 'dockerd', 'containerd']);
    await expect(island.getByRole('button', { name: 'docker exec a shell' }).isDisabled()).resolves.toBe(true);

    await island.getByRole('button', { name: 'Start a container (docker run nginx)' }).click();
    await expect.poll(() => tableRows(page, 'pid-namespaces [data-ns="container"] tbody')).toEqual([['1', '0', 'nginx', '108']]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('works in Portuguese on the deck slide, in dark theme', async () => {
    const watched = await watchedPage(site, { colorScheme: 'dark', viewport: { width: 1280, height: 720 } });
    const { page } = watched;
    await openDeckSlideWith(page, site.origin, '/pt-br/namespaces/slides/', 'pid-namespaces');
    await page.waitForSelector('.reveal section.present pid-namespaces[data-ready]');
    const island = page.locator('.reveal section.present pid-namespaces');
    const hash = await page.evaluate(() => location.hash);
    await island.getByRole('button', { name: 'docker exec de um shell' }).click();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await expect.poll(() => island.locator('[data-ns="event"]').textContent()).toContain('o sh é o PID 2 lá dentro');
    await page.screenshot({ path: `${screenshotDir}/namespaces-deck-dark-pt.png` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });
});
