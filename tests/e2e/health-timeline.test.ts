import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const lesson = '/en/healthchecks-and-probes/';

describe('health timeline simulator', () => {
  it('renders a static timeline with its table, redraws on input, keeps the last valid timeline on a bad duration', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}${lesson}`);
    const sim = page.locator('health-timeline');
    // Server-rendered: a drawing and a table of the same events before any script runs.
    await expect(sim.locator('.health-svg .mark').count()).resolves.toBeGreaterThan(3);
    const staticRows = await sim.locator('.health-table tbody tr').count();
    expect(staticRows).toBe(await sim.locator('.health-svg .mark').count() + (await sim.locator('.health-svg .band').count()) - 1);
    await expect(sim.locator('.health-summary').textContent()).resolves.toContain('it first became unhealthy at 270 s');
    await sim.scrollIntoViewIfNeeded();
    await expect.poll(() => sim.getAttribute('data-ready')).toBe('');

    // Tighter checks with a start period: healthy at 40 s, unhealthy 26 s after the 120 s deadlock.
    const fill = async (name: string, value: string) => sim.locator(`input[name="${name}"]`).fill(value);
    await fill('interval', '10s');
    await fill('timeout', '2s');
    await fill('startPeriod', '1m');
    await expect.poll(() => sim.locator('.health-summary').textContent()).toContain('unhealthy at 146 s');
    await expect(sim.locator('.health-preview').textContent()).resolves.toContain('--interval=10s --timeout=2s --start-period=1m');
    const table = await sim.locator('.health-table tbody').textContent();
    expect(table).toContain('Inside the start period: not counted.');
    expect(table).toContain('Now unhealthy.');
    const marks = await sim.locator('.health-svg .mark').count();

    // An invalid duration: a clear error next to the field, and the last valid timeline stays.
    await fill('timeout', '2');
    await expect.poll(() => sim.locator(`#health-timeline-timeout-error`).textContent()).toContain('“2” is not a duration');
    await expect(sim.locator('input[name="timeout"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(sim.locator('.health-last-valid').textContent()).resolves.toContain('last valid');
    expect(await sim.locator('.health-svg .mark').count()).toBe(marks);
    await fill('timeout', '2s');
    await expect.poll(() => sim.locator('input[name="timeout"]').getAttribute('aria-invalid')).toBe('false');
    await sim.screenshot({ path: `${screenshotDir}/health-timeline-docker.png` });

    // Kubernetes mode with the keyboard: YAML probes, restarts and CrashLoopBackOff.
    await sim.locator('input[value="kubernetes"]').check();
    await expect.poll(() => sim.locator('.health-svg').getAttribute('viewBox')).toBe('0 0 820 196');
    await expect.poll(() => sim.locator('.health-summary').textContent()).toMatch(/restart\(s\)/);
    expect(await sim.locator('.health-svg .restart').count()).toBeGreaterThan(0);
    expect(await sim.locator('.health-table tbody').textContent()).toContain('CrashLoopBackOff: next start in 10 s');
    const yaml = sim.locator('textarea[name="yaml"]');
    await yaml.fill('livenessProbe:\n  periodSeconds: 5\n');
    await expect.poll(() => sim.locator('#health-timeline-yaml-error').textContent()).toBe('Line 2: livenessProbe needs exactly one of httpGet, tcpSocket, exec or grpc.');
    await sim.screenshot({ path: `${screenshotDir}/health-timeline-k8s.png` });
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('grades a challenge against the simulation and remembers it after a reload (pt-BR)', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/healthchecks-and-probes/`);
    const sim = page.locator('health-timeline');
    const challenge = sim.locator('[data-challenge="k8s-slow-start-deadlock"]');
    await challenge.scrollIntoViewIfNeeded();
    await expect.poll(() => sim.getAttribute('data-ready')).toBe('');
    await challenge.getByRole('button', { name: 'Carregar este cenário' }).click();
    await expect(sim.locator('select[name="app"]').inputValue()).resolves.toBe('slow-start-deadlock');
    await challenge.getByRole('button', { name: 'Conferir minhas configurações' }).click();
    await expect.poll(() => challenge.locator('.health-challenge-result').textContent()).toMatch(/^Ainda não: 1 de 3/);
    expect(await challenge.locator('.health-criteria').textContent()).toContain('morta aos 20 s');

    await sim.locator('textarea[name="yaml"]').fill([
      'startupProbe:', '  httpGet: { path: /health, port: 8080 }', '  periodSeconds: 5', '  failureThreshold: 30',
      'livenessProbe:', '  httpGet: { path: /health, port: 8080 }', '  periodSeconds: 5', '',
    ].join('\n'));
    await challenge.getByRole('button', { name: 'Conferir minhas configurações' }).click();
    await expect.poll(() => challenge.locator('.health-challenge-result').textContent()).toBe('Passou! Salvo no seu progresso.');
    await expect(challenge.locator('[data-met="false"]').count()).resolves.toBe(0);
    await expect(challenge.locator('.health-challenge-state').textContent()).resolves.toBe('Feito');
    await page.reload();
    const again = page.locator('[data-challenge="k8s-slow-start-deadlock"]');
    await again.scrollIntoViewIfNeeded();
    await expect.poll(() => again.locator('.health-challenge-state').getAttribute('data-done')).toBe('true');
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('keys typed in the simulator never move the deck', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}${lesson}slides/`);
    await page.waitForSelector('html[data-deck-ready]');
    const slideId = await page.locator('.reveal health-timeline').evaluate((el) => el.closest('section[id]')!.id);
    await page.goto(`${site.origin}${lesson}slides/#/${slideId}`);
    await page.waitForSelector('html[data-deck-ready]');
    const sim = page.locator('.reveal section.present health-timeline');
    await sim.locator('input[name="interval"]').click();
    for (const key of ['ArrowRight', 'ArrowLeft', 'Space', 'n', 'PageDown']) await page.keyboard.press(key);
    expect(await page.evaluate(() => location.hash)).toBe(`#/${slideId}`);
    await page.screenshot({ path: `${screenshotDir}/health-timeline-deck.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site.origin}${lesson}`);
    const reading = page.locator('health-timeline');
    await reading.scrollIntoViewIfNeeded();
    await expect.poll(() => reading.getAttribute('data-ready')).toBe('');
    await reading.locator('input[value="kubernetes"]').check();
    await reading.locator('.health-svg').screenshot({ path: `${screenshotDir}/health-timeline-dark.png` });
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});
