import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { seriousViolations } from './axe.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** A slide's name: its id, or the lesson it opens (a talk's lesson title slides have no id). */
const nameOf = (section: HTMLElement) => section.id || `start of ${section.dataset.lessonStart}`;
const presentId = (page: Page) => page.locator('.reveal .slides section.present:not(.stack)').last().evaluate(nameOf);
const previewId = (page: Page) => page.frameLocator('.presenter-next-frame').locator('.reveal .slides section.present:not(.stack)').last().evaluate(nameOf);
/** The name of the horizontal slide at `index` in the page's own deck. */
const slideIdAt = (page: Page, index: number) => page.locator('.reveal .slides > section').nth(index).evaluate(nameOf);

describe('presenter view in the same tab', () => {
  it('shows the current slide, the next one under its own label, the notes, and follows →', async () => {
    const watched = await watchedPage(site, { viewport: { width: 1440, height: 900 } });
    const { page, context } = watched;
    await page.goto(`${site.origin}/en/talk/`);
    await page.waitForSelector('html[data-deck-ready]');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    await page.waitForSelector('html.deck-presenter');
    const view = page.getByRole('region', { name: 'Presenter view' });
    await expect(presentId(page)).resolves.toBe('title');
    await expect.poll(() => previewId(page)).toBe('agenda');
    const titleNotes = (await page.locator('#title > aside.notes').textContent())!.trim();
    await expect(view.locator('.presenter-notes').textContent()).resolves.toContain(titleNotes);
    await expect(view.locator('.presenter-counter').textContent()).resolves.toMatch(/^Slide 1 of \d+$/);

    // The "Next" label sits above the preview, never on top of it.
    const label = await view.getByRole('heading', { name: 'Next' }).boundingBox();
    const frame = await view.locator('.presenter-next').boundingBox();
    expect(label!.y + label!.height).toBeLessThanOrEqual(frame!.y);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presentId(page)).toBe('agenda');
    const third = await slideIdAt(page, 2);
    await expect.poll(() => previewId(page)).toBe(third);
    await expect(view.locator('.presenter-notes').textContent()).resolves.toContain('agenda');
    await expect(view.locator('.presenter-counter').textContent()).resolves.toMatch(/^Slide 2 of /);

    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('t');
    await page.waitForSelector('html:not(.deck-presenter)');
    await expect(page.locator('.presenter').count()).resolves.toBe(0);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  it('times the talk against its plan: behind when a slide comes late, ahead when early; the timer pauses, resets and outlives a reload', async () => {
    const watched = await watchedPage(site, { viewport: { width: 1440, height: 900 } });
    const { page, context } = watched;
    await page.clock.install({ time: new Date('2026-03-01T09:00:00Z') });
    await page.goto(`${site.origin}/pt-br/talk/45/`);
    await page.waitForSelector('html[data-deck-ready]');
    await page.keyboard.press('t');
    const pacing = page.locator('.presenter-pacing');
    await expect.poll(() => pacing.getAttribute('data-status')).toBe('on-time');
    await expect(pacing.locator('.pacing-plan').textContent()).resolves.toContain('45 min reservados');

    // Ten minutes on the second slide, planned at 0:40: nine minutes behind.
    await page.keyboard.press('ArrowRight');
    await page.clock.fastForward('10:00');
    await expect.poll(() => pacing.locator('.pacing-status').textContent()).toBe('9 min atrasado');
    await expect(pacing.getAttribute('data-status')).resolves.toBe('behind');

    // The last slide after ten minutes: far ahead of a plan that puts it near the end of the slot.
    await page.keyboard.press('End');
    const total = Number((await page.locator('.presenter-counter').textContent())!.match(/de (\d+)/)![1]);
    const expectedAhead = Math.round(((total - 1) * 40 - 10 * 60) / 60);
    await expect.poll(() => pacing.locator('.pacing-status').textContent()).toBe(`${expectedAhead} min adiantado`);
    await expect(pacing.getAttribute('data-status')).resolves.toBe('ahead');

    const elapsed = page.locator('.presenter-elapsed');
    await page.getByRole('button', { name: 'Pausar' }).click();
    const held = await elapsed.textContent();
    await page.clock.fastForward('05:00');
    await expect(elapsed.textContent()).resolves.toBe(held);
    await page.getByRole('button', { name: 'Retomar' }).click();
    await page.getByRole('button', { name: 'Zerar' }).click();
    await expect.poll(() => elapsed.textContent()).toBe('00:00');

    // Three minutes later the presenter reloads the page by mistake: the timer counts on from where it was.
    await page.clock.fastForward('03:00');
    await page.reload();
    await page.waitForSelector('html[data-deck-ready]');
    await page.keyboard.press('t');
    await expect.poll(() => page.locator('.presenter-elapsed').textContent()).toMatch(/^03:0\d$/);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});

describe('a second tab as a remote', () => {
  it('moves the deck with Next and Previous, and shows the current slide with its notes', async () => {
    const watched = await watchedPage(site, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page: remote, context } = watched;
    const deck = await context.newPage();
    await deck.setViewportSize({ width: 1280, height: 720 });
    await deck.goto(`${site.origin}/en/talk/`);
    await deck.waitForSelector('html[data-deck-ready]');
    await remote.goto(`${site.origin}/en/talk/?remote`);
    await remote.waitForSelector('html.deck-remote');
    const panel = remote.getByRole('region', { name: 'Remote control' });
    await expect(panel.locator('.remote-notes').textContent()).resolves.toContain((await deck.locator('#title > aside.notes').textContent())!.trim());

    await panel.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => presentId(deck)).toBe('agenda');
    await expect(panel.locator('.remote-counter').textContent()).resolves.toMatch(/^Slide 2 of /);
    await expect(panel.locator('.remote-notes').textContent()).resolves.toContain('agenda');

    // The presenter moves on the deck: the remote follows.
    await deck.keyboard.press('ArrowRight');
    const third = await slideIdAt(deck, 2);
    await expect.poll(() => presentId(remote)).toBe(third);
    await panel.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => presentId(deck)).toBe('agenda');
    expect(await seriousViolations(remote)).toEqual([]);
    await remote.screenshot({ path: `${screenshotDir}/remote-en.png` });
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
