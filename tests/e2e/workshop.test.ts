// Workshop mode end to end: the workshop server on 127.0.0.1 serving the built site, one presenter and several
// attendees in their own Chromium contexts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, distDir, screenshotDir } from './browser.ts';
import { serveDist } from './static-server.ts';
import { startServer, DEFAULTS, type RunningServer } from '../../src/features/workshop/server/server.ts';
import { typeInEditor } from './editor.ts';
import { seriousViolations } from './axe.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'workshop-e2e-'));
let server: RunningServer;
let port = 0;
let browser: Browser;
const origin = () => `http://127.0.0.1:${port}`;

async function start(): Promise<void> {
  server = await startServer({ ...DEFAULTS, host: '127.0.0.1', port, dataDir, siteDir: distDir, limits: { ...DEFAULTS.limits, joinsPerAddress: 50 } });
  port = Number(new URL(server.origin).port);
}

interface Person { context: BrowserContext; page: Page; problems: string[] }

/** The id of the slide a deck shows (the innermost present section; the URL hash can lag one slide behind). */
const slideOf = (p: Person) => p.page.evaluate(() => [...document.querySelectorAll('.reveal .slides section.present')].pop()?.id ?? '');

/** A fresh browser (context) whose page records console errors, CSP violations and requests leaving 127.0.0.1. */
async function person(): Promise<Person> {
  const context = await browser.newContext();
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    problems.push(`foreign request ${url.href}`);
    return route.abort();
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    // A stream cut by a server restart or offline mode is expected; the test checks the page recovers.
    if (m.type() === 'error' && !/net::ERR|Failed to load resource|Failed to fetch/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return { context, page, problems };
}

let presenter: Person;
const attendees: Person[] = [];
let code = '';
let roomId = '';
let secret = '';
const tokens: string[] = [];

beforeAll(async () => {
  await start();
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const api = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(origin() + path, { signal: AbortSignal.timeout(10_000), ...init, headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers as Record<string, string>) } });

describe('workshop mode', () => {
  it('static site: without the workshop server no workshop code runs and nothing is requested', async () => {
    const stat = await serveDist(distDir);
    const p = await person();
    const paths: string[] = [];
    p.page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    await p.page.goto(`${stat.origin}/en/history/`);
    await p.page.waitForLoadState('networkidle');
    await p.page.goto(`${stat.origin}/en/workshop/`);
    await p.page.waitForLoadState('networkidle');
    expect(paths.filter((path) => path.startsWith('/api/') || /\/entry\./.test(path))).toEqual([]);
    expect(await p.page.locator('[data-workshop-static]').isVisible()).toBe(true);
    expect(await p.page.evaluate(() => 'workshopReady' in document.documentElement.dataset)).toBe(false);
    expect(p.problems).toEqual([]);
    await p.context.close();
    await stat.close();
  });

  it('GET /api/health answers JSON', async () => {
    const response = await api('/api/health');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('the instructor starts a room from the site and gets the instructor link, the join link and its QR code', async () => {
    presenter = await person();
    const { page } = presenter;
    await page.goto(`${origin()}/en/workshop/`);
    await page.locator('[data-workshop-create] input[name=title]').fill('Friday workshop');
    await page.locator('[data-workshop-create] input[value=history]').check();
    await page.locator('[data-workshop-create] input[value=dockerfile-practices]').check();
    await page.getByRole('button', { name: 'Create the room' }).click();
    await page.locator('[data-workshop-instructor]').waitFor();
    code = (await page.locator('[data-workshop-code]').textContent())!;
    expect(code).toMatch(/^[2-9A-Z]{6}$/);
    expect(await page.locator('[data-workshop-join-link]').textContent()).toBe(`${origin()}/j/${code}`);
    const instructorLink = (await page.locator('[data-workshop-instructor-link]').textContent())!;
    const hash = new URLSearchParams(new URL(instructorLink).hash.slice(1));
    roomId = hash.get('room')!;
    secret = hash.get('secret')!;
    expect(secret.length).toBeGreaterThanOrEqual(40);
    await expect.poll(() => page.locator('[data-workshop-qr]').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.locator('.workshop-status[data-status=live]').waitFor();
  });

  it('attendees join by code with a display name; hostile names are refused or shown as text only', async () => {
    const names = ['Ana', 'Bruno "the builder" & <co', 'Chen'];
    for (const [i, name] of names.entries()) {
      const p = await person();
      attendees.push(p);
      await p.page.goto(`${origin()}/j/${code}`);
      expect(p.page.url()).toBe(`${origin()}/en/workshop/#join=${code}`);
      await p.page.locator('[data-workshop-join] input[name=name]').fill(i === 1 ? '<img src=x onerror=alert(1)>' : name);
      await p.page.getByRole('button', { name: 'Join', exact: true }).click();
      if (i === 1) {
        await expect.poll(() => p.page.locator('[data-workshop-message]').textContent()).toContain('name contains < or >');
        await p.page.locator('[data-workshop-join] input[name=name]').fill('Bruno "the builder" & co');
        await p.page.getByRole('button', { name: 'Join', exact: true }).click();
      }
      await p.page.locator('[data-workshop-joined]').waitFor();
      tokens.push(await p.page.evaluate(() => JSON.parse(localStorage.getItem('workshop:session:v1')!).token));
    }
    const roster = presenter.page.locator('[data-workshop-roster] li');
    await expect.poll(() => roster.count()).toBe(3);
    // The name is text: the roster holds no element an attendee's name could have made.
    expect(await presenter.page.locator('[data-workshop-roster]').textContent()).toContain('Bruno "the builder" & co');
    expect(await presenter.page.locator('[data-workshop-roster] img').count()).toBe(0);
    const bidi = await api('/api/join', { method: 'POST', body: JSON.stringify({ code, name: 'evil\u202Egnp.exe' }) });
    expect(bidi.status).toBe(400);
  });

  it('attendees follow the presenter slide and fragment, can step away and catch up; the reading page shows where the presenter is', async () => {
    const deck = `${origin()}/en/history/slides/`;
    await presenter.page.goto(deck);
    await presenter.page.locator('.workshop-bar').waitFor();
    const [ana, bruno, chen] = attendees;
    await ana.page.goto(deck);
    await bruno.page.goto(deck);
    await chen.page.goto(`${origin()}/en/history/`);
    await ana.page.locator('.workshop-follow').waitFor();
    await bruno.page.locator('.workshop-follow').waitFor();
    await presenter.page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
    for (let i = 0; i < 3; i++) await presenter.page.keyboard.press('ArrowRight');
    await expect.poll(() => presenter.page.evaluate(() => document.querySelectorAll('.reveal .slides > section.past').length)).toBe(3);
    const target = await slideOf(presenter);
    expect(target).toMatch(/^slide-/);
    await expect.poll(() => slideOf(ana)).toBe(target);
    await expect.poll(() => slideOf(bruno)).toBe(target);
    await expect.poll(() => chen.page.locator('.workshop-presenter').textContent()).toContain('The presenter is on slide 4');
    // Named by its title, as the sidebar names it, never by its slug.
    await expect(chen.page.locator('.workshop-presenter').textContent()).resolves.toContain('of “A short history of containers”');
    await expect.poll(() => chen.page.locator('[data-workshop-presenter-link]').getAttribute('href')).toBe(`/en/history/#${target}`);
    expect(await seriousViolations(chen.page)).toEqual([]);
    // Ana steps away: her deck stops following and offers to catch up.
    await ana.page.keyboard.press('ArrowLeft');
    await expect.poll(() => ana.page.locator('.workshop-follow').getAttribute('data-following')).toBe('false');
    const away = await slideOf(ana);
    await presenter.page.keyboard.press('ArrowRight');
    await expect.poll(() => slideOf(presenter)).not.toBe(target);
    const next = await slideOf(presenter);
    await expect.poll(() => slideOf(bruno)).toBe(next);
    expect(await slideOf(ana)).toBe(away);
    await ana.page.locator('[data-workshop-catch-up]').click();
    await expect.poll(() => slideOf(ana)).toBe(next);
    await expect.poll(() => ana.page.locator('.workshop-follow').getAttribute('data-following')).toBe('true');
    await presenter.page.screenshot({ path: `${screenshotDir}/workshop-presenter.png` });
  });

  it('a quiz slide becomes a poll: attendees answer on their devices, the presenter sees the distribution and reveals the answer', async () => {
    const quizSlide = await presenter.page.evaluate(() => document.querySelector('.quiz')!.closest('section')!.id);
    await presenter.page.evaluate((id) => (location.hash = `#/${id}`), quizSlide);
    await presenter.page.locator('[data-workshop-poll-open]').click();
    const [ana, bruno, chen] = attendees;
    for (const [p, choice] of [[ana, 0], [bruno, 1], [chen, 1]] as const) {
      await p.page.locator(`[data-workshop-choice="${choice}"]`).click();
      await expect.poll(() => p.page.locator(`[data-workshop-choice="${choice}"]`).getAttribute('aria-pressed')).toBe('true');
    }
    const results = presenter.page.locator('.workshop-poll-results');
    await expect.poll(() => results.locator('li[data-count]').evaluateAll((items) => items.map((i) => Number((i as HTMLElement).dataset.count)))).toEqual(
      expect.arrayContaining([1, 2]),
    );
    await expect.poll(() => presenter.page.locator('.workshop-poll-count').textContent()).toBe('3 answer(s)');
    await presenter.page.locator('[data-workshop-poll-reveal]').click();
    await results.locator('li[data-correct]').waitFor();
    await expect.poll(() => ana.page.locator('[data-workshop-poll-answer]').textContent()).toContain('Answer:');
    expect(await ana.page.locator('[data-workshop-choice]').first().isDisabled()).toBe(true);
    await presenter.page.screenshot({ path: `${screenshotDir}/workshop-poll.png` });
    await presenter.page.locator('[data-workshop-poll-close]').click();
    await expect.poll(() => ana.page.locator('.workshop-poll').isHidden()).toBe(true);
  });

  it('an attendee who opts in passes an exercise and the dashboard updates per requirement', async () => {
    const [ana] = attendees;
    await presenter.page.goto(`${origin()}/en/workshop/`);
    await presenter.page.locator('[data-workshop-dashboard]').waitFor();
    await ana.page.goto(`${origin()}/en/dockerfile-practices/`);
    const sharing = ana.page.locator('.workshop-sharing input');
    expect(await sharing.isChecked()).toBe(false);
    await sharing.check();
    await expect.poll(() => ana.page.locator('.workshop-sharing').getAttribute('data-on')).toBe('');
    const exercise = ana.page.locator('.exercise[data-exercise-id="pin-base-image"]');
    await exercise.scrollIntoViewIfNeeded();
    await exercise.getByRole('button', { name: 'Edit & check' }).click();
    // Monaco and the checker's worker arrive cold: give a busy machine time.
    await expect.poll(() => exercise.locator('[data-requirement="every-base-tagged"]').getAttribute('data-passed'), { timeout: 45_000 }).toBe('false');
    const table = presenter.page.locator('table[data-exercise="pin-base-image"]');
    await expect.poll(() => table.getAttribute('data-passed')).toBe('0');
    await typeInEditor(ana.page, exercise, ['FROM node:22.11-alpine AS build', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build', '', 'FROM nginx:1.27-alpine', 'COPY --from=build /app/dist /usr/share/nginx/html'].join('\n'));
    await expect.poll(() => exercise.locator('.exercise-status').textContent(), { timeout: 30_000 }).toBe('Passed');
    await expect.poll(() => table.getAttribute('data-passed')).toBe('1');
    expect(await table.locator('tr[data-requirement="every-base-tagged"]').getAttribute('data-met')).toBe('1');
    await expect.poll(() => presenter.page.locator('.workshop-heat tr[data-attendee] td[data-level]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(presenter.page)).toEqual([]);
    expect(await seriousViolations(ana.page)).toEqual([]);
    await presenter.page.screenshot({ path: `${screenshotDir}/workshop-dashboard.png`, fullPage: true });
  }, 120_000);

  it('an attendee who goes offline keeps working; the queued results arrive in order once back, without duplicates', async () => {
    const [, bruno] = attendees;
    await bruno.page.goto(`${origin()}/en/history/`);
    await bruno.page.locator('.workshop-sharing input').check();
    await expect.poll(() => bruno.page.locator('.workshop-sharing').getAttribute('data-on')).toBe('');
    await bruno.context.setOffline(true);
    const quiz = bruno.page.locator('.quiz').first();
    await quiz.scrollIntoViewIfNeeded();
    await quiz.locator('.quiz-question').first().locator('input').first().check();
    await quiz.locator('.quiz-question').nth(1).locator('input').first().check();
    await expect.poll(() => bruno.page.locator('.workshop-pending').textContent()).toBe('2 result(s) waiting to be sent');
    await bruno.context.setOffline(false);
    await expect.poll(() => bruno.page.locator('.workshop-pending').isHidden(), { timeout: 40_000 }).toBe(true);
    const exported = await (await api(`/api/rooms/${roomId}/export.json`, { token: secret })).json();
    const quizzes = exported.quizzes.filter((q: { name: string }) => q.name.startsWith('Bruno'));
    expect(quizzes).toHaveLength(1);
    expect(quizzes[0]).toMatchObject({ answered: 2 });
    const own = await (await api(`/api/rooms/${roomId}`, { token: tokens[1] })).json();
    expect(own.reports.map((r: { seq: number }) => r.seq)).toEqual([1, 2]);
  });

  it('a server restart mid-session loses nothing acknowledged; pages reconnect by themselves', async () => {
    const before = await (await api(`/api/rooms/${roomId}/export.json`, { token: secret })).json();
    await server.close();
    await start();
    await presenter.page.locator('.workshop-status[data-status=live]').waitFor({ timeout: 45_000 });
    await attendees[1].page.locator('.workshop-status[data-status=live]').waitFor({ timeout: 45_000 });
    const after = await (await api(`/api/rooms/${roomId}/export.json`, { token: secret })).json();
    expect(after.results).toEqual(before.results);
    expect(after.quizzes).toEqual(before.quizzes);
    await expect.poll(() => presenter.page.locator('table[data-exercise="pin-base-image"]').getAttribute('data-passed')).toBe('1');
    // Work done after the restart arrives too.
    const quiz = attendees[1].page.locator('.quiz').first();
    await quiz.locator('.quiz-question').nth(2).locator('input').first().check();
    await expect.poll(async () => (await (await api(`/api/rooms/${roomId}/export.json`, { token: secret })).json()).quizzes.find((q: { name: string }) => q.name.startsWith('Bruno'))?.answered).toBe(3);
  }, 120_000);

  it('an attendee cannot read another attendee\'s data or act as instructor', async () => {
    const token = tokens[2];
    for (const [method, path, body] of [
      ['GET', `/api/rooms/${roomId}/dashboard`],
      ['GET', `/api/rooms/${roomId}/export.csv`],
      ['PUT', `/api/rooms/${roomId}/presenter`, { lesson: 'history', h: 1, v: 0, f: -1 }],
      ['POST', `/api/rooms/${roomId}/polls`, { quiz: 'x', question: 0, prompt: 'p', options: ['a', 'b'], correct: 0 }],
      ['DELETE', `/api/rooms/${roomId}/attendees/whoever`],
      ['DELETE', `/api/rooms/${roomId}`],
    ] as const) {
      const response = await api(path, { method, token, body: body && JSON.stringify(body) });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    const own = await (await api(`/api/rooms/${roomId}`, { token })).json();
    expect(own.roster).toBeUndefined();
    expect(own.attendee.name).toBe('Chen');
    expect(JSON.stringify(own)).not.toContain('Bruno');
    expect((await api(`/api/rooms/${roomId}/dashboard`, { token: 'x'.repeat(43) })).status).toBe(403);
    expect((await api(`/api/rooms/${roomId}/dashboard`)).status).toBe(401);
  });

  it('oversized and malformed payloads are refused', async () => {
    const token = tokens[1];
    const big = JSON.stringify({ reports: [{ seq: 10, at: Date.now(), body: { kind: 'lab', lesson: 'history', lab: 'x'.repeat(20_000), step: 'a' } }] });
    expect((await api(`/api/rooms/${roomId}/reports`, { method: 'POST', token, body: big })).status).toBe(413);
    const many = { reports: Array.from({ length: 51 }, (_, i) => ({ seq: 100 + i, at: Date.now(), body: { kind: 'lab', lesson: 'history', lab: 'l', step: 's' } })) };
    expect((await api(`/api/rooms/${roomId}/reports`, { method: 'POST', token, body: JSON.stringify(many) })).status).toBe(400);
    expect((await api(`/api/rooms/${roomId}/reports`, { method: 'POST', token, body: '{"reports": [' })).status).toBe(400);
    expect((await api('/api/join', { method: 'POST', body: JSON.stringify({ code, name: 'n'.repeat(41) }) })).status).toBe(400);
    expect((await api(`/api/rooms/${roomId}/reports`, { method: 'POST', token, body: JSON.stringify({ reports: [{ seq: 200, at: 1, body: { kind: 'exercise', lesson: 'history', exercise: 'e', requirements: { '<b>': true }, score: 1, passed: false } }] }) })).status).toBe(400);
  });

  it('the instructor removes a name, then deletes the room and all its data', async () => {
    const chen = attendees[2];
    await chen.page.goto(`${origin()}/en/history/`);
    await chen.page.locator('.workshop-status[data-status=live]').waitFor();
    const chenId = await chen.page.evaluate(() => JSON.parse(localStorage.getItem('workshop:session:v1')!).attendee);
    await presenter.page.locator(`[data-workshop-remove="${chenId}"]`).click();
    await expect.poll(() => chen.page.locator('.workshop-status').textContent()).toBe('The instructor removed you from the room.');
    await expect.poll(() => presenter.page.locator('[data-workshop-roster] li').count()).toBe(2);
    expect((await api(`/api/rooms/${roomId}`, { token: tokens[2] })).status).toBe(403);
    const remove = presenter.page.locator('[data-workshop-delete]');
    await remove.click();
    await remove.click();
    await expect.poll(async () => (await api(`/api/rooms/${roomId}`, { token: secret })).status).toBe(404);
    // The instructor's page goes back to the start forms, saying why (the message outlives that reload).
    await expect.poll(() => presenter.page.locator('[data-workshop-create]').isVisible()).toBe(true);
    expect(await presenter.page.locator('[data-workshop-message]').textContent()).toBe('The room and all its data were deleted.');
    await expect.poll(() => attendees[1].page.locator('.workshop-status').textContent()).toBe('This room has ended.');
    const counts = server.database.db.prepare('SELECT (SELECT count(*) FROM attendees) a, (SELECT count(*) FROM reports) r, (SELECT count(*) FROM polls) p').get();
    expect(counts).toEqual({ a: 0, r: 0, p: 0 });
    for (const p of [presenter, ...attendees]) {
      expect(p.problems).toEqual([]);
      await p.context.close();
    }
  }, 120_000);
});
