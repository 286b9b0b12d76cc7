import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { editorText, focusEditor, typeInEditor } from './editor.ts';
import { seriousViolations } from './axe.ts';
import { GO_HTTP_SERVER_TRACE, LS_TRACE, NODE_HTTP_SERVER_TRACE } from '../../src/features/sims/seccomp/model/traces.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const lesson = '/en/security-layers/';
const names = (...traces: { calls: { name: string }[] }[]) => [...new Set(traces.flatMap((trace) => trace.calls.map((call) => call.name)))];
// 21 calls: everything the Go server makes except openat, whose failure it shrugs off.
const smallestServer = JSON.stringify({
  defaultAction: 'SCMP_ACT_ERRNO',
  syscalls: [{ names: names(GO_HTTP_SERVER_TRACE).filter((name) => name !== 'openat'), action: 'SCMP_ACT_ALLOW' }],
});
// ls, node and the Go server run; mkdir(2) is off the list, so it fails with the default EPERM.
const noMkdir = JSON.stringify({
  defaultAction: 'SCMP_ACT_ERRNO',
  defaultErrnoRet: 1,
  syscalls: [{ names: names(LS_TRACE, NODE_HTTP_SERVER_TRACE, GO_HTTP_SERVER_TRACE), action: 'SCMP_ACT_ALLOW' }],
});

/** Serious axe findings inside the lab (the rest of the page is other tests' business). */
const labViolations = async (page: Page) => (await seriousViolations(page)).filter((v) => /seccomp|lab-|trace-|challenge-/.test(v));
const outcomeOf = (lab: Locator, program: string) => lab.locator(`.lab-trace[data-program="${program}"] .trace-outcome`).textContent();
const tableRow = (lab: Locator, program: string) =>
  lab.locator(`.lab-table tbody tr[data-program="${program}"]`).evaluate((tr) => [...tr.children].map((cell) => cell.textContent));

async function startLab(page: Page, lab: Locator): Promise<void> {
  await lab.scrollIntoViewIfNeeded();
  await lab.getByRole('button', { name: 'Start the lab' }).click();
  await lab.locator('.monaco-editor').waitFor();
  await expect.poll(() => lab.locator('.lab-validation').textContent()).toContain('The profile is valid.');
}

describe('seccomp lab', () => {
  it('shows the starter profile and its results before any code loads, with a matching text table', async () => {
    const watched = await watchedPage(site, { colorScheme: 'dark' });
    const { page } = watched;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}${lesson}`);
    await page.waitForLoadState('networkidle');
    const lab = page.locator('seccomp-lab');
    await lab.scrollIntoViewIfNeeded();
    expect(requested.filter((path) => /lab\.|monaco|worker|jsonMode|editor\.api|codicon/.test(path))).toEqual([]);
    expect(await lab.locator('.lab-trace').count()).toBe(8);
    expect(await lab.locator('.lab-static pre').textContent()).toContain('"defaultAction": "SCMP_ACT_ERRNO"');
    expect(await outcomeOf(lab, 'ls')).toBe('runs to the end');
    expect(await outcomeOf(lab, 'mkdir')).toBe('exits: mkdir failed with EPERM');
    // The text alternative says the same as the visual list, row by row.
    for (const program of ['ls', 'mkdir', 'node', 'go-server', 'unshare', 'mount', 'reboot', 'strace']) {
      const row = await tableRow(lab, program);
      expect(row[0]).toBe(program);
      expect(row[2]).toBe(await outcomeOf(lab, program));
    }
    expect(await tableRow(lab, 'mkdir')).toEqual(['mkdir', 'mkdir /tmp/cache', 'exits: mkdir failed with EPERM', '15/18', '0', '2']);
    expect(await labViolations(page)).toEqual([]);
    await lab.screenshot({ path: `${screenshotDir}/seccomp-lab-static-dark.png` });
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('runs presets and capability toggles, reports invalid profiles without crashing, grades and saves a challenge', async () => {
    const watched = await watchedPage(site, { colorScheme: 'dark' });
    const { page } = watched;
    await page.goto(`${site.origin}${lesson}`);
    const lab = page.locator('seccomp-lab');
    await startLab(page, lab);

    await lab.getByRole('button', { name: "Docker's default" }).click();
    // The starter already stops unshare; wait for what Docker's profile changes (node runs), then compare.
    await expect.poll(() => outcomeOf(lab, 'node')).toBe('runs to the end');
    expect(await outcomeOf(lab, 'unshare')).toBe('exits: unshare failed with EPERM');
    expect(await tableRow(lab, 'node')).toEqual(['node', NODE_HTTP_SERVER_TRACE.command, 'runs to the end', '31/32', '1', '0']);
    await lab.getByRole('checkbox', { name: 'CAP_SYS_ADMIN' }).check();
    await expect.poll(() => outcomeOf(lab, 'unshare')).toBe('runs to the end');
    expect(await outcomeOf(lab, 'mount')).toBe('runs to the end');
    // Each call's verdict, with the rule that decided it.
    const reboot = lab.locator('.lab-trace[data-program="reboot"]');
    await reboot.locator('summary').click();
    await expect(reboot.locator('tbody tr').nth(2).evaluate((tr) => [...tr.children].map((c) => c.textContent))).resolves.toEqual([
      '3',
      'reboot',
      '✗ denied: EPERM',
      'defaultAction',
    ]);
    await lab.screenshot({ path: `${screenshotDir}/seccomp-lab-docker-default-dark.png` });
    expect(await labViolations(page)).toEqual([]);

    await lab.getByRole('button', { name: 'Deny everything' }).click();
    await expect.poll(() => outcomeOf(lab, 'ls')).toBe('exits: execve failed with EPERM');
    // The reboot call list stayed open across runs.
    expect(await reboot.locator('details').getAttribute('open')).toBe('');

    // A broken profile: plain-words errors from our validator, a schema marker in the editor, results marked stale.
    await typeInEditor(page, lab, '{"defaultAction": "SCMP_ACT_DENY", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW"}]}');
    await expect.poll(() => lab.locator('.lab-validation').getAttribute('data-valid')).toBe('false');
    expect(await lab.locator('.lab-validation li').allTextContents()).toEqual(['defaultAction: unknown action "SCMP_ACT_DENY"']);
    expect(await lab.locator('.lab-results').getAttribute('data-stale')).toBe('');
    await expect.poll(() => lab.locator('.squiggly-error').count()).toBeGreaterThan(0);
    await typeInEditor(page, lab, '{"defaultAction": ');
    await expect.poll(() => lab.locator('.lab-validation li').first().textContent()).toMatch(/^not valid JSON/);
    await lab.locator(".lab-profile").screenshot({ path: `${screenshotDir}/seccomp-lab-invalid-dark.png` });

    // Challenge 1: the smallest profile that runs the Go server.
    const smallest = lab.locator('.lab-challenge[data-challenge="smallest-web-server"]');
    await typeInEditor(page, lab, smallestServer);
    await expect.poll(() => smallest.getAttribute('data-passed')).toBe('true');
    expect(await smallest.locator('.challenge-checks li').allTextContents()).toEqual([
      '✔ met: defaultAction denies (it is not SCMP_ACT_ALLOW or SCMP_ACT_LOG)',
      '✔ met: the Go server runs to the end',
      '✔ met: allowed system calls: 21 (reference: 22)',
      '✔ met: Fewer than the reference: you found a call the server can live without.',
    ]);
    expect(await smallest.locator('.challenge-status').textContent()).toBe('Done');
    expect(await lab.locator('.lab-message').textContent()).toContain('Challenge done');
    expect(await outcomeOf(lab, 'go-server')).toBe('runs to the end');

    // Keys typed in the lab never reach a deck; Escape leaves the editor.
    await focusEditor(lab);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('seccomp-lab-title');

    await page.waitForTimeout(600);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ctrw:progress') ?? '{}'));
    expect(saved.labs?.['seccomp-lab']?.stepsDone).toEqual(['smallest-web-server']);
    await page.reload();
    const again = page.locator('seccomp-lab');
    await expect(again.locator('.lab-challenge[data-challenge="smallest-web-server"] .challenge-status').textContent()).resolves.toBe('Done');
    await expect(again.locator('.lab-static pre').textContent()).resolves.toBe(smallestServer);
    await again.getByRole('button', { name: 'Start the lab' }).click();
    await expect.poll(() => editorText(again)).toBe(smallestServer);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('grades the mkdir challenge, in Portuguese, in the light theme', async () => {
    const watched = await watchedPage(site, { colorScheme: 'light' });
    const { page } = watched;
    await watched.context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    await page.goto(`${site.origin}/pt-br/security-layers/`);
    const lab = page.locator('seccomp-lab');
    await lab.scrollIntoViewIfNeeded();
    await lab.getByRole('button', { name: 'Começar o laboratório' }).click();
    await expect.poll(() => lab.locator('.lab-validation').textContent()).toContain('O perfil é válido.');
    const mkdir = lab.locator('.lab-challenge[data-challenge="mkdir-eperm"]');
    expect(await mkdir.getAttribute('data-passed')).toBe('false');
    await typeInEditor(page, lab, noMkdir);
    await expect.poll(() => mkdir.getAttribute('data-passed')).toBe('true');
    expect(await mkdir.locator('.challenge-status').textContent()).toBe('Concluído');
    expect(await outcomeOf(lab, 'mkdir')).toBe('sai: mkdir falhou com EPERM');
    expect(await lab.locator('.lab-challenge[data-challenge="smallest-web-server"]').getAttribute('data-passed')).toBe('false');
    await lab.locator('.lab-table summary').click();
    await lab.screenshot({ path: `${screenshotDir}/seccomp-lab-pt-light.png` });
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('works on the deck slide: keys typed in the editor do not change slides', async () => {
    const watched = await watchedPage(site, { viewport: { width: 1280, height: 720 } });
    const { page } = watched;
    await page.goto(`${site.origin}${lesson}slides/`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
    const slideId = await page.locator('section:has(> seccomp-lab)').getAttribute('id');
    await page.goto(`${site.origin}${lesson}slides/#/${slideId}`);
    const lab = page.locator('seccomp-lab');
    await expect.poll(() => lab.isVisible()).toBe(true);
    await page.screenshot({ path: `${screenshotDir}/seccomp-lab-deck-static.png` });
    await startLab(page, lab);
    await focusEditor(lab);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => location.hash)).toBe(`#/${slideId}`);
    await lab.getByRole('button', { name: "Docker's default" }).click();
    await expect.poll(() => outcomeOf(lab, 'reboot')).toBe('exits: reboot failed with EPERM');
    await page.screenshot({ path: `${screenshotDir}/seccomp-lab-deck-open.png` });
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });
});
