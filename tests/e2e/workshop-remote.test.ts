// A phone remote through the workshop server: the instructor's deck in one Chromium context, the remote in
// another (its own storage, as a phone's browser would have), the real server on a free port serving the build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, distDir, screenshotDir } from './browser.ts';
import { startServer, DEFAULTS, type RunningServer } from '../../src/features/workshop/server/server.ts';
import { qrSvg } from '../../src/features/workshop/qr.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'workshop-remote-e2e-'));
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer({ ...DEFAULTS, host: '127.0.0.1', port: 0, dataDir, siteDir: distDir });
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A fresh browser context whose page records page errors and console errors (a dropped stream aside). */
async function person(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/net::ERR|Failed to load resource|Failed to fetch/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return { page, problems };
}

const slideOf = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.reveal .slides section.present')].pop()?.id ?? '');
const pastCount = (page: Page) => page.evaluate(() => document.querySelectorAll('.reveal .slides > section.past').length);

describe('a phone remote through the workshop server', () => {
  it('the instructor shows the remote link; Next on the phone moves the instructor deck, and the phone follows it', async () => {
    const created = await (await fetch(`${server.origin}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Remote', lessons: ['history'] }) })).json();
    const instructor = await person({ viewport: { width: 1440, height: 900 } });
    await instructor.page.goto(created.links.instructor);
    await instructor.page.locator('[data-workshop-instructor]').waitFor();
    await instructor.page.goto(`${server.origin}/en/history/slides/`);
    await instructor.page.locator('.workshop-status[data-status=live]').waitFor();
    await instructor.page.waitForSelector('html[data-deck-ready]');
    await instructor.page.keyboard.press('t');
    await instructor.page.waitForSelector('html.deck-presenter');
    const phoneLink = instructor.page.getByRole('link', { name: 'Remote on your phone' });
    await phoneLink.waitFor();
    const href = (await phoneLink.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${server.origin}/en/history/slides/\\?remote&room=${created.room.id}#key=[\\w-]{16,}$`));
    expect(href).not.toContain(created.secret);
    await expect(instructor.page.locator('.presenter-phone-text code').textContent()).resolves.toBe(href);
    // A QR code of that same link to scan, drawn in the page (the key goes to no QR service and no server log).
    const qr = instructor.page.getByRole('img', { name: 'QR code of the remote link: scan it with your phone' });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const qrSrc = (await qr.getAttribute('src'))!;
    expect(qrSrc.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(qrSrc.slice('data:image/svg+xml,'.length))).toBe(qrSvg(href));
    const qrBox = (await qr.boundingBox())!;
    expect(qrBox.width).toBeGreaterThanOrEqual(150);
    await instructor.page.screenshot({ path: `${screenshotDir}/presenter-phone-remote-link.png` });

    const phone = await person({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.page.goto(href);
    await phone.page.waitForSelector('html.deck-remote[data-deck-ready]');
    await phone.page.waitForSelector('html[data-remote-relay=live]');
    // The key leaves the address bar once read: it is not left in the history or a shared screenshot.
    expect(phone.page.url()).not.toContain('key=');
    expect(await phone.page.evaluate(() => localStorage.getItem('workshop:session:v1'))).toBeNull();

    const before = await pastCount(instructor.page);
    await phone.page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => pastCount(instructor.page), { timeout: 10_000 }).toBe(before + 1);
    await phone.page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => pastCount(instructor.page), { timeout: 10_000 }).toBe(before + 2);
    await expect.poll(() => slideOf(phone.page)).toBe(await slideOf(instructor.page));

    // The instructor moves on the laptop: the phone follows through the room's presenter event.
    await instructor.page.keyboard.press('ArrowRight');
    await expect.poll(() => pastCount(instructor.page)).toBe(before + 3);
    await expect.poll(() => slideOf(phone.page), { timeout: 10_000 }).toBe(await slideOf(instructor.page));
    await phone.page.screenshot({ path: `${screenshotDir}/remote-phone-workshop.png` });

    // A wrong key says so on the phone, and moves nothing.
    const stranger = await person({ viewport: { width: 390, height: 844 } });
    await stranger.page.goto(href.replace(/#key=.*/, `#key=${'x'.repeat(43)}`));
    await stranger.page.waitForSelector('html[data-remote-relay=gone]');
    await expect(stranger.page.getByRole('alert').textContent()).resolves.toContain('no longer works');
    expect(instructor.problems).toEqual([]);
    expect(phone.problems).toEqual([]);
  });
});
