import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveIsolated, type IsolatedSite } from './isolated-proxy.ts';
import { distDir, openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { typeInEditor } from './editor.ts';
import { htmlFiles, recordViolations, scrollThrough } from './page-walk.ts';

let site: Site;
let isolated: IsolatedSite;
beforeAll(async () => {
  site = await openSite();
  // The healthchecks page behind the cross-origin isolation headers it is deployed with (README, "Sandboxes").
  isolated = await serveIsolated(site.origin);
});
afterAll(async () => {
  await isolated?.close();
  await site?.close();
});

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1].replaceAll('&quot;', '"');
const directive = (policy: string, name: string) => policy.split(/;\s*/).find((d) => d.split(' ')[0] === name) ?? '';

describe('Content-Security-Policy', () => {
  it('every built HTML page carries a policy with no inline script allowed except by hash, as the first thing after its charset', () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const policy = policyOf(html);
      const name = relative(distDir, file);
      if (!policy) {
        problems.push(`${name}: no policy`);
        continue;
      }
      if (html.search(/<meta http-equiv="content-security-policy"/) > html.search(/<(script|style|link)\b/)) problems.push(`${name}: policy after a script or style`);
      for (const name of ['default-src', 'script-src', 'object-src', 'base-uri', 'form-action', 'connect-src', 'frame-src', 'img-src']) {
        if (!directive(policy, name)) problems.push(`${relative(distDir, file)}: no ${name}`);
      }
      if (/'unsafe-inline'|'unsafe-eval'|\*/.test(directive(policy, 'script-src'))) problems.push(`${name}: script-src too open`);
      if (directive(policy, 'connect-src') !== "connect-src 'self'") problems.push(`${name}: ${directive(policy, 'connect-src')}`);
      const frames = directive(policy, 'frame-src');
      if (frames.includes('stackblitz') && !/healthchecks-and-probes/.test(name)) problems.push(`${name}: StackBlitz framed outside the lab page`);
    }
    expect(problems).toEqual([]);
  });

  it('an inline script slipped into a page does not run', async () => {
    const watched = await watchedPage(site);
    const { page, context } = watched;
    const violations = await recordViolations(context);
    await page.goto(`${site.origin}/en/what-is-a-container/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await context.close();
  });

  it('a reading page, a deck with its presenter and print views, and the talk run without a single violation', async () => {
    const watched = await watchedPage(site);
    const { page, context } = watched;
    const violations = await recordViolations(context);
    await page.goto(`${site.origin}/en/history/`);
    await scrollThrough(page);
    await page.goto(`${site.origin}/pt-br/history/slides/`);
    await page.waitForSelector('html[data-deck-ready]');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    // The presenter window is the deck page itself; its next-slide preview frames the deck once more.
    await speaker.waitForSelector('.presenter-next-frame');
    await expect.poll(() => speaker.frameLocator('.presenter-next-frame').locator('html[data-deck-ready]').count()).toBe(1);
    await expect.poll(() => speaker.locator('.presenter-notes').textContent()).not.toBe('');
    await speaker.close();
    // The print view (?print-pdf) writes its page-size styles: hashed too.
    await page.goto(`${site.origin}/en/history/slides/?print-pdf`);
    await page.waitForSelector('.pdf-page');
    await page.goto(`${site.origin}/en/talk/`);
    await page.waitForSelector('html[data-deck-ready]');
    await page.keyboard.press('End');
    expect(violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('the playground with its editor and a graded exercise run without a violation', async () => {
    const watched = await watchedPage(site);
    const { page, context } = watched;
    const violations = await recordViolations(context);
    await page.goto(`${site.origin}/en/playground/`);
    const editor = page.locator('dockerfile-editor');
    await editor.getByRole('button', { name: 'Edit & check' }).click();
    await page.waitForSelector('.editor-findings li');
    await typeInEditor(page, editor, 'FROM node:latest\nRUN apt-get install curl');
    await expect.poll(() => page.locator('.editor-findings li').count()).toBeGreaterThan(1);

    await page.goto(`${site.origin}/en/dockerfile-practices/`);
    const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    await exercise.scrollIntoViewIfNeeded();
    await exercise.getByRole('button', { name: 'Edit & check' }).click();
    await exercise.locator('.monaco-editor').waitFor();
    await typeInEditor(page, exercise, 'FROM node:22.11-alpine AS build\nRUN npm ci\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html');
    await expect.poll(() => exercise.locator('.exercise-status').textContent()).toBe('Passed');
    await page.screenshot({ path: `${screenshotDir}/csp-exercise.png` });
    expect(violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('the seccomp lab, the simulators and the WebContainer lab (in fallback) run without a violation', async () => {
    const watched = await watchedPage(site);
    const { page, context } = watched;
    const violations = await recordViolations(context);
    await page.goto(`${site.origin}/en/security-layers/`);
    const seccomp = page.locator('seccomp-lab');
    await seccomp.scrollIntoViewIfNeeded();
    await seccomp.getByRole('button', { name: 'Start the lab' }).click();
    await seccomp.locator('.monaco-editor').waitFor();
    await expect.poll(() => seccomp.locator('.lab-validation').textContent()).toContain('The profile is valid.');

    for (const path of ['/en/namespaces/', '/pt-br/cgroups/', '/en/small-images/', '/en/healthchecks-and-probes/']) {
      await page.goto(`${site.origin}${path}`);
      await scrollThrough(page);
    }
    const namespaces = `${site.origin}/en/namespaces/`;
    await page.goto(namespaces);
    const pid = page.locator('pid-namespaces');
    await pid.scrollIntoViewIfNeeded();
    await pid.getByRole('button', { name: 'docker exec a shell' }).click();

    await page.goto(`${isolated.origin}/en/healthchecks-and-probes/`);
    const lab = page.locator('health-lab');
    await lab.scrollIntoViewIfNeeded();
    await lab.evaluate((el) => el.setAttribute('data-boot-timeout-ms', '3000'));
    await lab.getByRole('button', { name: /^Start the lab/ }).click();
    await expect.poll(() => lab.locator('.lab-reason').textContent(), { timeout: 10_000 }).toContain('The simulated server plays your server');
    await page.screenshot({ path: `${screenshotDir}/csp-health-lab-fallback.png` });
    // The runtime's iframe was allowed by frame-src (the request itself is cut by the offline test harness).
    expect(watched.foreignRequests.every((url) => url.startsWith('https://stackblitz.com/'))).toBe(true);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('a Linux lab (v86: WebAssembly, its worker, xterm.js) boots and answers without a violation', { timeout: 180_000 }, async () => {
    const watched = await watchedPage(site);
    const { page, context } = watched;
    const violations = await recordViolations(context);
    await page.goto(`${site.origin}/en/namespaces/`);
    const lab = page.locator('linux-lab').first();
    await lab.scrollIntoViewIfNeeded();
    await lab.getByRole('button', { name: 'Start lab' }).click();
    await expect.poll(() => lab.getAttribute('data-state'), { timeout: 90_000 }).toBe('running');
    await expect.poll(() => lab.locator('.linux-lab-status').textContent(), { timeout: 60_000 }).toContain('ready');
    await lab.locator('.xterm-helper-textarea').focus();
    await page.keyboard.type('echo csp-$((6*7))');
    await page.keyboard.press('Enter');
    await expect.poll(() => lab.locator('.xterm-rows').innerText(), { timeout: 30_000 }).toContain('csp-42');
    await page.screenshot({ path: `${screenshotDir}/csp-linux-lab.png` });
    expect(violations).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });
});
