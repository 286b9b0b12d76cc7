// The Linux labs in Chromium: nothing VM-related loads before "Start lab"; the real kernel answers typed commands
// (UTS namespace, cgroup pids.max, seccomp EPERM); keys typed in the terminal on a deck slide never move the deck;
// one machine per page; progress survives a reload; no WebAssembly → recorded walkthrough. Prints the measurements.
// LABS_DIST=/tmp/labs-dist runs it against a build in another folder (default: dist/).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { screen, stepDone, typeLine } from './linux-lab-terminal.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

const dist = process.env.LABS_DIST ?? distDir;
/** A build without the offline service worker (sw.js) logs its failed registration; that is not this island's. */
const ownErrors = (errors: string[]) =>
  existsSync(join(dist, 'sw.js')) ? errors : errors.filter((e) => !e.includes('was received when fetching the script'));

const VM_REQUEST = /\/vm\/|v86|libv86|\/runtime\.[^/]*\.js/;

async function startLab(lab: Locator): Promise<void> {
  await lab.getByRole('button', { name: /^(Start lab|Iniciar o laboratório)$/ }).click();
  await expect.poll(() => lab.getAttribute('data-state'), { timeout: 60_000 }).toBe('running');
  await expect.poll(() => lab.locator('.linux-lab-status').textContent(), { timeout: 30_000 }).toContain('ready');
}

/** The lab's terminal is within the window: a learner sees where they type (and xterm.js draws only what is in view). */
async function expectTerminalInWindow(lab: Locator): Promise<void> {
  const inWindow = () =>
    lab.locator('.linux-lab-terminal').evaluate((terminal) => {
      const { top, bottom } = terminal.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    });
  await expect.poll(inWindow, { timeout: 5_000 }).toBe(true);
}

interface StartTimings {
  clickToPrompt: number;
  marks: { download: number; restore: number; prompt: number };
  /** From the Enter key event to the first frame showing the answer, on the page's clock. */
  enterToAnswer: number;
  clickToAnswer: number;
}

/** Starts `lab` and, the moment its prompt shows, types a first command: the issue's start-up figures. */
async function startAndTime(page: Page, lab: Locator): Promise<StartTimings> {
  const clicked = Date.now();
  await startLab(lab);
  const clickToPrompt = Date.now() - clicked;
  const marks = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    return {
      download: at('linux-lab:downloaded') - at('linux-lab:click'),
      restore: at('linux-lab:restored') - at('linux-lab:downloaded'),
      prompt: at('linux-lab:first-prompt') - at('linux-lab:restored'),
    };
  });
  await lab.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type("unshare -u sh -c 'hostname lab && hostname'");
  await page.evaluate(() => {
    const state = window as unknown as { enterAt?: number };
    delete state.enterAt;
    document.addEventListener('keydown', (e) => e.key === 'Enter' && (state.enterAt ??= performance.now()), { capture: true, once: true });
  });
  await page.keyboard.press('Enter');
  const labId = await lab.getAttribute('data-lab-id');
  const answered = await page.waitForFunction(
    (id) => {
      const rows = document.querySelector(`linux-lab[data-lab-id="${id}"] .xterm-rows`) as HTMLElement;
      return /\nlab\s*\n/.test(rows.innerText) && performance.now() - (window as unknown as { enterAt: number }).enterAt;
    },
    labId,
    { polling: 'raf', timeout: 15_000 },
  );
  const enterToAnswer = Math.round((await answered.jsonValue()) as number);
  return { clickToPrompt, marks, enterToAnswer, clickToAnswer: Date.now() - clicked };
}

const timings = ({ clickToPrompt, marks, enterToAnswer, clickToAnswer }: StartTimings) =>
  `click → first prompt ${clickToPrompt} ms (download ${Math.round(marks.download)} ms, restore ${Math.round(marks.restore)} ms, ` +
  `first prompt ${Math.round(marks.prompt)} ms after); Enter → answer ${enterToAnswer} ms; click → first answered command ${clickToAnswer} ms (incl. typing)`;

/** How many files the service worker has saved in its precache so far. */
const precachedFiles = (page: Page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((cache) => cache.startsWith('workbox-precache'));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  });


describe('Linux labs (v86 in Chromium)', () => {
  it('deck: nothing before the click, a real UTS namespace, keys stay in the terminal; cgroups and seccomp on reading pages', { timeout: 240_000 }, async () => {
    const watched = await watchedPage(site);
    const { page, context } = watched;
    const requests: string[] = [];
    const vmResponses: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) => {
      if (VM_REQUEST.test(response.url()) && response.ok()) vmResponses.push(response.url());
    });
    // Sizes come from the build, not from the browser: pulling 9 MB of bodies over CDP while the machine restores
    // would slow the very start being timed.
    const sizeOf = (url: string) => {
      const file = readFileSync(join(dist, decodeURIComponent(new URL(url).pathname)));
      return { url, gzip: url.endsWith('.zst') ? file.length : gzipSync(file).length };
    };

    // 1. The namespaces deck, on the lab's slide.
    await page.goto(`${site.origin}/en/namespaces/slides/`);
    const index = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.querySelector('linux-lab')));
    expect(index).toBeGreaterThan(0);
    await page.goto(`${site.origin}/en/namespaces/slides/#/${index}`);
    await page.waitForLoadState('networkidle');
    const lab = page.locator('linux-lab[data-lab-id="namespaces"]');
    await expect.poll(() => lab.isVisible()).toBe(true);
    expect(await lab.locator('.linux-lab-download').textContent()).toMatch(/about (?:[89]|10)\.\d MB/);
    expect(requests.filter((url) => VM_REQUEST.test(url))).toEqual([]);

    // First visit: the service worker is still saving the site for offline use while the machine starts.
    const firstVisit = await startAndTime(page, lab);
    // Saving the course for offline use waits while the lab starts: the precache does not grow for a second.
    const heldAt = await precachedFiles(page);
    await page.waitForTimeout(1000);
    expect(await precachedFiles(page)).toBe(heldAt);
    // The 9p files (container labs' userland, /vm/fs/) are fetched after the first prompt: counted apart.
    const beforePromptUrls = vmResponses.filter((url) => !url.includes('/vm/fs/'));
    const hashBefore = await page.evaluate(() => location.hash);
    await typeLine(page, lab, 'hostname');
    await expect.poll(() => stepDone(lab, 'uts')).toBe('');
    expect((await screen(lab)).split('\n').map((l) => l.trim())).toContain('host');
    // Deck keys typed in the terminal: the slide does not change.
    for (const key of ['ArrowRight', 'ArrowLeft', 'Space', 'PageDown', 'n', 'f', 's']) await page.keyboard.press(key);
    await page.keyboard.press('Control+c');
    expect(await page.evaluate(() => location.hash)).toBe(hashBefore);
    expect(await lab.isVisible()).toBe(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as Array<{ name: string; value: number }> }));
    const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const wasm = Number(await lab.getAttribute('data-wasm-memory-bytes'));
    await page.screenshot({ path: `${screenshotDir}linux-lab-deck.png` });
    await expect.poll(() => lab.getAttribute('data-userland-loaded'), { timeout: 60_000 }).toBe('');
    const beforePrompt = beforePromptUrls.map(sizeOf);
    const vmBytes = beforePrompt.reduce((n, s) => n + s.gzip, 0);
    const userland = vmResponses.filter((url) => url.includes('/vm/fs/')).map(sizeOf);
    console.log(
      `linux-lab: VM download ${(vmBytes / 1e6).toFixed(2)} MB compressed before the first prompt (${beforePrompt.length} files: ${beforePrompt.map((s) => `${s.url.split('/').pop()} ${(s.gzip / 1e3).toFixed(0)} KB`).join(', ')}); ` +
        `after it, the 9p userland ${(userland.reduce((n, s) => n + s.gzip, 0) / 1e6).toFixed(2)} MB gzip (${userland.length} files); ` +
        `JS heap ${(heap / 1e6).toFixed(1)} MB + wasm memory ${(wasm / 1e6).toFixed(1)} MB; ` +
        `first visit (saving the site for offline use waits meanwhile): ${timings(firstVisit)}; precache ${heldAt} files while held`,
    );

    // 2. cgroups on its reading page: pids.max refuses a fork.
    await page.goto(`${site.origin}/en/cgroups/`);
    const cgroups = page.locator('linux-lab[data-lab-id="cgroups"]');
    await cgroups.scrollIntoViewIfNeeded();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(await precachedFiles(page)).toBeGreaterThan(heldAt);
    console.log(`linux-lab: later, the service worker installed: ${timings(await startAndTime(page, cgroups))}`);
    await typeLine(page, cgroups, 'mkdir /sys/fs/cgroup/lab');
    await typeLine(page, cgroups, 'echo 2 > /sys/fs/cgroup/lab/pids.max');
    await typeLine(page, cgroups, "sh -c 'echo $$ > /sys/fs/cgroup/lab/cgroup.procs; sleep 1 & sleep 1 & wait'");
    await expect.poll(() => stepDone(cgroups, 'pids')).toBe('');
    expect(await screen(cgroups)).toContain("can't fork");
    // The Check button runs its hidden probe at the prompt: the create step passes without ls being typed.
    await cgroups.locator('.linux-lab-step[data-step-id="create"] [data-lab-action="check"]').click();
    await expect.poll(() => stepDone(cgroups, 'create')).toBe('');
    expect(await screen(cgroups)).not.toContain('133;C');

    // Reset: a clean machine (the cgroup made above is gone), the shell told the terminal's size again, steps kept.
    await cgroups.getByRole('button', { name: 'Reset machine' }).click();
    await expect.poll(() => cgroups.locator('.linux-lab-status').textContent()).toContain('back to its starting state');
    await expect.poll(async () => (await screen(cgroups)).trim()).toMatch(/^root@host:~#$/);
    await typeLine(page, cgroups, 'ls -d /sys/fs/cgroup/lab; stty size');
    const afterReset = (await screen(cgroups)).split('\n').map((line) => line.trim());
    expect(afterReset.some((line) => line.includes('No such file or directory'))).toBe(true);
    const rows = await cgroups.locator('.xterm-rows > div').count();
    expect(afterReset).toContainEqual(expect.stringMatching(new RegExp(`^${rows} \\d{2,3}$`)));
    expect(await stepDone(cgroups, 'create')).toBe('');
    expect(await stepDone(cgroups, 'pids')).toBe('');

    // 3. seccomp, then the capstone on the same page stops it (one machine per page).
    await page.goto(`${site.origin}/en/security-layers/`);
    const seccomp = page.locator('linux-lab[data-lab-id="seccomp"]');
    await seccomp.scrollIntoViewIfNeeded();
    await startLab(seccomp);
    await expectTerminalInWindow(seccomp);
    await typeLine(page, seccomp, 'seccomp-mkdir mkdir /tmp/x');
    await expect.poll(() => stepDone(seccomp, 'denied')).toBe('');
    expect(await screen(seccomp)).toContain('Operation not permitted');
    await page.screenshot({ path: `${screenshotDir}linux-lab-reading.png`, fullPage: false });
    const capstone = page.locator('linux-lab[data-lab-id="capstone"]');
    await capstone.scrollIntoViewIfNeeded();
    await startLab(capstone);
    expect(await seccomp.getAttribute('data-state')).toBeNull();
    expect(await seccomp.locator('.linux-lab-status').textContent()).toContain('another lab');
    expect(await page.locator('linux-lab .xterm').count()).toBe(1);

    // 4. Progress survives a reload, without loading anything of the VM (once the running lab's 9p prefetch is done).
    await expect.poll(() => capstone.getAttribute('data-userland-loaded'), { timeout: 60_000 }).toBe('');
    const before = requests.length;
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await stepDone(page.locator('linux-lab[data-lab-id="seccomp"]'), 'denied')).toBe('');
    expect(requests.slice(before).filter((url) => VM_REQUEST.test(url))).toEqual([]);

    expect(ownErrors(watched.errors)).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  it('without WebAssembly: a plain reason and the recorded walkthrough, nothing downloaded', async () => {
    const watched = await watchedPage(site);
    const { page, context } = watched;
    await context.addInitScript(() => {
      // @ts-expect-error simulate a browser with WebAssembly turned off
      delete globalThis.WebAssembly;
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.origin}/pt-br/namespaces/`);
    const lab = page.locator('linux-lab[data-lab-id="namespaces"]');
    await lab.scrollIntoViewIfNeeded();
    await lab.getByRole('button', { name: 'Iniciar o laboratório' }).click();
    await expect.poll(() => lab.locator('.linux-lab-problem').textContent()).toContain('WebAssembly não está disponível');
    expect(await lab.locator('.linux-lab-recorded').getAttribute('open')).toBe('');
    expect(await lab.locator('.linux-lab-recorded pre').first().textContent()).toContain("root@host:~# unshare -u sh -c 'hostname lab && hostname'\nlab\n");
    expect(requests.filter((url) => /\/vm\/|v86|libv86/.test(url))).toEqual([]);
    expect(ownErrors(watched.errors)).toEqual([]);
    await context.close();
  });
});
