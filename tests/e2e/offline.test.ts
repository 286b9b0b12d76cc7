import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { distDir, openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { typeInEditor } from './editor.ts';
import { seriousViolations } from './axe.ts';
import { serveDist } from './static-server.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const offlineAssets = JSON.parse(readFileSync(`${distDir}offline-assets.json`, 'utf8')) as { files: { url: string; bytes: number }[] };
const status = (page: Page) => page.locator('offline-status [data-offline-state]');
const fixed = ['FROM node:22.11-alpine AS build', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build', '', 'FROM nginx:1.27-alpine', 'COPY --from=build /app/dist /usr/share/nginx/html'].join('\n');

/** axe's serious findings about this feature's own elements (the rest of the page has its own tests). */
const offlineViolations = async (page: Page) => (await seriousViolations(page)).filter((v) => /offline/.test(v));

/** Whether the page's CacheStorage holds `url` whole (the service worker and the page share it). */
const cachedBytes = (page: Page, url: string) =>
  page.evaluate(async (u) => {
    const response = await caches.match(u);
    return response ? (await response.arrayBuffer()).byteLength : -1;
  }, url);

// The first visit saves ~420 files: on a busy machine that takes a while, hence the long waits for "Ready offline".
describe('offline for workshops', { timeout: 240_000 }, () => {
  it('after one visit and "Prepare for offline use", lessons, search, exercises and decks work with the network cut', async () => {
    // A server of our own, so cutting the network can also mean stopping it.
    const server = await serveDist(distDir);
    const watched = await watchedPage(site);
    const { page, context } = watched;
    await page.goto(`${server.origin}/en/namespaces/`);
    await expect.poll(() => status(page).textContent(), { timeout: 120_000 }).toBe('Ready offline: lessons, decks, search and exercises.');
    const prepare = page.getByRole('button', { name: 'Prepare for offline use' });
    await expect(page.locator('[data-offline-hint]').textContent()).resolves.toMatch(/^Exercises already work offline\. For workshops, this also downloads the simulators and the Linux labs \(\d+(\.\d)? MB\)\.$/);
    await prepare.click();
    await expect.poll(() => page.locator('[data-offline-progress]').textContent(), { timeout: 60_000 }).toBe('Done: everything is saved for offline use.');
    await expect(status(page).textContent()).resolves.toBe('Ready offline, including the simulators and the Linux labs.');
    await expect(prepare.isVisible()).resolves.toBe(false);
    await page.locator('offline-status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}/offline-ready.png` });
    expect(await offlineViolations(page)).toEqual([]);
    for (const { url, bytes } of offlineAssets.files) expect([url, await cachedBytes(page, url)]).toEqual([url, bytes]);

    await context.setOffline(true);
    await server.close();

    // Lessons never opened before, in both languages.
    await page.goto(`${server.origin}/en/cgroups/`);
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.goto(`${server.origin}/pt-br/namespaces/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    await expect.poll(() => status(page).textContent()).toBe('Pronto para uso offline, incluindo os simuladores e os laboratórios Linux.');

    // Search (Pagefind's index and wasm come from the precache).
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('.pagefind-ui__search-input').fill('namespace');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshotDir}/offline-search.png` });
    await page.keyboard.press('Escape');

    // An exercise: Monaco and the checker worker from the caches, the checklist follows the typing.
    await page.goto(`${server.origin}/en/dockerfile-practices/`);
    const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    await exercise.scrollIntoViewIfNeeded();
    await exercise.getByRole('button', { name: 'Edit & check' }).click();
    const requirement = exercise.locator('[data-requirement="every-base-tagged"]');
    await expect.poll(() => requirement.getAttribute('data-passed')).toBe('false');
    await typeInEditor(page, exercise, fixed);
    await expect.poll(() => requirement.getAttribute('data-passed')).toBe('true');
    await expect.poll(() => exercise.locator('.exercise-score').textContent()).toBe('Score: 100/100');
    await page.screenshot({ path: `${screenshotDir}/offline-exercise.png` });

    // A deck.
    await page.goto(`${server.origin}/pt-br/namespaces/slides/`);
    await page.waitForSelector('html[data-deck-ready]');
    expect(await page.locator('.reveal .slides > section').count()).toBeGreaterThan(1);

    // A Linux lab: v86, the BIOS images and the VM snapshot from the caches; the real kernel answers.
    expect(offlineAssets.files.filter((f) => f.url.startsWith('/vm/')).length).toBeGreaterThan(0);
    await page.goto(`${server.origin}/pt-br/namespaces/`);
    const lab = page.locator('linux-lab').first();
    await lab.scrollIntoViewIfNeeded();
    await lab.getByRole('button', { name: 'Iniciar o laboratório' }).click();
    await expect.poll(() => lab.getAttribute('data-state'), { timeout: 60_000 }).toBe('running');
    await expect.poll(() => lab.locator('.linux-lab-status').textContent(), { timeout: 30_000 }).toBe('A máquina está pronta: clique no terminal e digite.');
    await lab.locator('.xterm-helper-textarea').focus();
    await page.keyboard.type('echo $((6*7))-offline');
    await page.keyboard.press('Enter');
    await expect.poll(() => lab.locator('.xterm-rows').innerText(), { timeout: 30_000 }).toContain('42-offline');
    await page.screenshot({ path: `${screenshotDir}/offline-linux-lab.png` });

    // A page the site does not have: the offline page, in both languages.
    await page.goto(`${server.origin}/en/no-such-page/`);
    await expect(page.locator('h1').allTextContents()).resolves.toEqual(['You are offline', 'Você está offline']);
    await page.screenshot({ path: `${screenshotDir}/offline-page.png` });

    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  it('without "Prepare", one visit to a lesson with an exercise is enough: lessons, search and the full exercise editor work offline', async () => {
    const server = await serveDist(distDir);
    const watched = await watchedPage(site, { locale: 'pt-BR' });
    const { page, context } = watched;
    await page.goto(`${server.origin}/pt-br/dockerfile-practices/`);
    await expect.poll(() => status(page).textContent(), { timeout: 120_000 }).toBe('Pronto para uso offline: lições, slides, busca e exercícios.');
    // Nobody opened the editor: the page had the service worker save Monaco in the background.
    const monacoFiles = offlineAssets.files.filter((f) => /^\/_astro\/(?:session|editor\.api|monaco)\./.test(f.url));
    expect(monacoFiles.length).toBe(3);
    for (const { url, bytes } of monacoFiles) await expect.poll(() => cachedBytes(page, url), { timeout: 60_000 }).toBe(bytes);
    await context.setOffline(true);
    await server.close();

    // The exercise after a reload with the network gone: Monaco from the cache, graded as the learner types.
    await page.reload();
    const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    await exercise.scrollIntoViewIfNeeded();
    await exercise.getByRole('button', { name: 'Editar e checar' }).click();
    await expect.poll(() => exercise.locator('dockerfile-editor').getAttribute('data-state')).toBe('open');
    const requirement = exercise.locator('[data-requirement="every-base-tagged"]');
    await expect.poll(() => requirement.getAttribute('data-passed')).toBe('false');
    await typeInEditor(page, exercise, fixed);
    await expect.poll(() => requirement.getAttribute('data-passed')).toBe('true');
    await expect.poll(() => exercise.locator('.exercise-score').textContent()).toBe('Nota: 100/100');

    await page.goto(`${server.origin}/en/orchestration/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.goto(`${server.origin}/pt-br/small-images/slides/`);
    await page.waitForSelector('html[data-deck-ready]');
    await page.goto(`${server.origin}/pt-br/glossary/`);
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('.pagefind-ui__search-input').fill('cgroup');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${screenshotDir}/offline-search-precache-only.png` });
    await page.keyboard.press('Escape');
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  it('a new deploy waiting shows "Reload to update", and only the click reloads', async () => {
    const proxy = await swRewritingProxy(site.origin);
    const watched = await watchedPage(site, { colorScheme: 'dark' });
    const { page, context } = watched;
    await page.goto(`${proxy.origin}/en/namespaces/`);
    await expect.poll(() => status(page).textContent(), { timeout: 120_000 }).toMatch(/^Ready offline/);
    await page.reload(); // Now controlled by the first version.
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of the course is available.' });
    expect(await prompt.isVisible()).toBe(false);

    // A mark on this very page: it survives as long as nothing reloads.
    const mark = () => page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
    const marked = () => page.evaluate(() => (window as unknown as { mark?: number }).mark === 1);
    await mark();
    proxy.deploy();
    await page.evaluate(async () => void (await navigator.serviceWorker.getRegistration())?.update());
    await prompt.waitFor();
    await page.screenshot({ path: `${screenshotDir}/offline-update.png` });
    expect(await offlineViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Later' }).click();
    expect(await prompt.isVisible()).toBe(false);
    expect(await marked()).toBe(true);

    await page.reload(); // Still waiting: the prompt comes back on the next page.
    await prompt.waitFor();
    await mark();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
    expect(await marked()).toBe(false);
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
    await expect.poll(() => status(page).textContent()).toMatch(/^Ready offline/);
    expect(await prompt.isVisible()).toBe(false);
    expect(watched.errors).toEqual([]);
    await context.close();
    await proxy.close();
  });
});

/** Forwards to the site; after `deploy()`, sw.js carries one more line, as a new build's would. */
async function swRewritingProxy(target: string): Promise<{ origin: string; deploy(): void; close(): Promise<void> }> {
  let deployed = false;
  const server: Server = createServer((req, res) => {
    const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      if (!(deployed && req.url?.startsWith('/sw.js'))) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        return void answer.pipe(res);
      }
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(`${Buffer.concat(chunks).toString('utf8')}\n// the next deploy\n`);
      });
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    deploy: () => void (deployed = true),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
