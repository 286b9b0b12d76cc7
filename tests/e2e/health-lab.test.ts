import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveIsolated, type IsolatedSite } from './isolated-proxy.ts';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { editorText, focusEditor } from './editor.ts';

let site: Site;
let isolated: IsolatedSite;
beforeAll(async () => {
  site = await openSite();
  // The same site behind the headers the lab page needs (README, "Sandboxes"), so the boot really starts.
  isolated = await serveIsolated(site.origin);
});
afterAll(async () => {
  await isolated?.close();
  await site?.close();
});

const lesson = '/en/healthchecks-and-probes/';

/** The fallback speaks the learner's words (no HTTP headers) and offers no button that would run their code. */
async function expectLearnerFallback(lab: Locator, runMyCode: string, runSimulation: string) {
  const reason = (await lab.locator('.lab-reason').textContent())!;
  expect(reason).not.toMatch(/COOP|COEP|header|cabeçalho|Cross-Origin|SharedArrayBuffer/i);
  const buttons = await lab.locator('button:visible').allTextContents();
  expect(buttons).not.toContain(runMyCode);
  expect(buttons.some((text) => text.includes('StackBlitz'))).toBe(false);
  expect(buttons).toContain(runSimulation);
}

describe('healthcheck lab (WebContainer, with its simulated fallback)', () => {
  it('sends nothing to StackBlitz before the click; offline boot times out with a plain reason, keeps the code, and the simulated server drives the timeline', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${isolated.origin}${lesson}`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const lab = page.locator('health-lab');
    await lab.scrollIntoViewIfNeeded();
    await expect(lab.locator('.lab-privacy').textContent()).resolves.toContain('Nothing is loaded from StackBlitz before you click');
    // The privacy note comes before the start button.
    const order = await lab.evaluate((el) => {
      const note = el.querySelector('.lab-privacy')!;
      const button = el.querySelector('[data-lab-action="start"]')!;
      return note.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.waitForLoadState('networkidle');
    expect(watched.foreignRequests).toEqual([]);

    await lab.evaluate((el) => el.setAttribute('data-boot-timeout-ms', '3000'));
    await lab.getByRole('button', { name: 'Edit the code' }).click();
    await expect.poll(() => lab.locator('.monaco-editor').count()).toBe(1);
    expect(watched.foreignRequests).toEqual([]);
    const starter = (await lab.locator('.lab-static pre code').textContent())!;
    const lines = starter.split('\n');
    const row = lines.findIndex((line) => line.startsWith('const FAIL_HEALTH = false;'));
    lines[row] = 'const FAIL_HEALTH = true; // broken on purpose';
    const code = lines.join('\n');
    // Go to that line and retype it, as a learner would.
    await focusEditor(lab);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.insertText(lines[row]);
    await expect.poll(() => editorText(lab)).toContain('const FAIL_HEALTH = true; // broken on purpose');

    const started = Date.now();
    await lab.getByRole('button', { name: 'Start the lab (loads StackBlitz)' }).click();
    await expect.poll(() => lab.locator('.lab-reason').textContent(), { timeout: 8000 }).toContain('did not start in your browser within 3 seconds');
    expect(Date.now() - started).toBeLessThan(8000);
    await expectLearnerFallback(lab, 'Run my code again', 'Run the simulation again');
    expect(watched.foreignRequests.length).toBeGreaterThan(0);
    expect(watched.foreignRequests.every((url) => /stackblitz|webcontainer/.test(url))).toBe(true);
    await expect(lab.getAttribute('data-runtime')).resolves.toBe('simulated');
    await expect(lab.locator('.lab-switches').textContent()).resolves.toContain('/health answers 500');

    // HEALTHCHECK every 1 s during the 15 s start period: /health fails from 8 s, counts from 15 s.
    await expect.poll(() => lab.locator('.health-table tbody').textContent(), { timeout: 15_000 }).toContain('Probe at 1 s: failed');
    await expect.poll(() => lab.locator('.health-svg .mark').count()).toBeGreaterThan(2);
    await expect(lab.locator('.lab-status').textContent()).resolves.toMatch(/Simulated server running\. \d+ s of 120 s/);
    await lab.screenshot({ path: `${screenshotDir}/health-lab-fallback.png` });
    await lab.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => lab.locator('.lab-status').textContent()).toBe('Stopped.');

    await page.reload();
    const again = page.locator('health-lab');
    await expect(again.locator('.lab-static pre code').textContent()).resolves.toBe(code);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });

  it('on a page without cross-origin isolation says so at once (pt-BR) and never contacts StackBlitz', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/healthchecks-and-probes/`);
    const lab = page.locator('health-lab');
    await lab.scrollIntoViewIfNeeded();
    await lab.getByRole('button', { name: 'Iniciar o lab (carrega a StackBlitz)' }).click();
    await expect.poll(() => lab.locator('.lab-reason').textContent(), { timeout: 5000 }).toContain('não pode rodar no navegador nesta cópia do curso');
    await expectLearnerFallback(lab, 'Rodar meu código de novo', 'Rodar a simulação de novo');
    // Kubernetes probes with the simulated server: the starter becomes Ready once it listens (8 s).
    await lab.locator('input[value="kubernetes"]').check();
    await lab.getByRole('button', { name: 'Rodar a simulação de novo' }).click();
    await expect.poll(() => lab.locator('.health-table tbody').textContent(), { timeout: 15_000 }).toContain('Agora Ready.');
    await page.screenshot({ path: `${screenshotDir}/health-lab-k8s-pt.png`, fullPage: false });
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});
