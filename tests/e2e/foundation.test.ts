import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { seriousViolations } from './axe.ts';
import { lessons } from './lessons.ts';
import { localeKeys } from '../../src/course/locales.ts';
import { planTalk, talkVariantPath, talkVariants } from '../../src/course/talk.ts';
import { lessonOutline } from '../../src/course/lesson-outline.ts';
import { readFileSync } from 'node:fs';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const lessonsEn = lessons.en;
const first = lessonsEn[0];

describe('reading pages', () => {
  // Every lesson page's title, objectives, slide sections and sources are checked in site-walk.test.ts.
  it('a lesson page opens its collapsed presenter notes on a click, and lists its sources', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/${first.slug}/`);
    await expect(page.locator('h1#_top').textContent()).resolves.toBe(first.title);
    const notes = page.locator('details.presenter-notes').first();
    await expect(notes.locator('.presenter-notes-body').isVisible()).resolves.toBe(false);
    await notes.locator('summary').click();
    await expect(notes.locator('.presenter-notes-body').isVisible()).resolves.toBe(true);
    expect(await page.locator('.lesson-sources li a').count()).toBe(first.sources.length);
    await page.screenshot({ path: `${screenshotDir}/reading-en-${first.slug}.png`, fullPage: false });
    await expectClean(watched, { keepOpen: true });
    await watched.context.close();
  });

  it('the language switcher lands on the same lesson in the other language', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/${first.slug}/`);
    await Promise.all([page.waitForURL(`**/pt-br/${first.slug}/`), page.locator('starlight-lang-select select').first().selectOption({ label: 'Português do Brasil' })]);
    const twin = lessons['pt-br'].find((l) => l.slug === first.slug)!;
    await expect(page.locator('h1#_top').textContent()).resolves.toBe(twin.title);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('pt-BR');
    await expectClean(watched, { keepOpen: true });
    await watched.context.close();
  });

  it('search finds a word that only appears in a lesson', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    const searchCode: string[] = [];
    page.on('request', (request) => { if (/pagefind|ui-core/.test(request.url())) searchCode.push(request.url()); });
    await page.goto(`${site.origin}/en/`);
    await page.waitForTimeout(1500);
    // Search costs nothing until the reader asks for it (Pagefind's UI and index load on open).
    expect(searchCode).toEqual([]);
    await page.keyboard.press('Control+k');
    const word = first.title.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    await page.locator('.pagefind-ui__search-input').fill(word);
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
    expect(titles).toContain(first.title);
    await page.screenshot({ path: `${screenshotDir}/search-en.png` });
    await expectClean(watched, { keepOpen: true });
    await watched.context.close();
  });

  it('the root page offers both languages and suggests the browser language', async () => {
    const watched = await watchedPage(site, { locale: 'pt-BR' });
    const { page } = watched;
    await page.goto(`${site.origin}/`);
    const links = page.locator('main a');
    await expect(links.first().getAttribute('href')).resolves.toBe('/pt-br/');
    await expect(links.first().getAttribute('data-suggested')).resolves.toBe('');
    await Promise.all([page.waitForURL('**/pt-br/'), links.first().click()]);
    await expect(page.locator('h1#_top').textContent()).resolves.toBe('Containers do jeito certo');
    await expectClean(watched, { keepOpen: true });
    await watched.context.close();
  });
});

describe('decks', () => {
  it('moves with ArrowRight/ArrowLeft and deep-links a slide through the hash after reload', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/${first.slug}/slides/`);
    await page.waitForSelector('html[data-deck-ready]');
    // The horizontal position of the slide on screen, counted in the DOM.
    const indices = () => page.evaluate(() => String([...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.classList.contains('present'))));
    const currentTitle = () => page.locator('.reveal .slides section.present').last().locator('h1, h2, h3').first().textContent();
    expect(await indices()).toBe('0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.length > 2);
    expect(await indices()).toBe('2');
    await page.keyboard.press('ArrowLeft');
    expect(await indices()).toBe('1');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /slide-/.test(location.hash));
    const hash = await page.evaluate(() => location.hash);
    const title = await currentTitle();
    await page.reload();
    await page.waitForSelector('html[data-deck-ready]');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(await indices()).toBe('2');
    expect(await currentTitle()).toBe(title);
    await page.screenshot({ path: `${screenshotDir}/deck-en-${first.slug}.png` });
    await expectClean(watched, { keepOpen: true });
    await watched.context.close();
  });

  for (const variant of talkVariants) {
    const path = talkVariantPath('pt-br', variant);
    it(`the talk ${path} has a title, an agenda, its lessons in course order and exactly the planned slides`, async () => {
      const watched = await watchedPage(site);
      const { page } = watched;
      const plan = planTalk(variant, (slug) => lessonOutline(readFileSync(new URL(`../../content/lessons/pt-br/${slug}.mdx`, import.meta.url), 'utf8')));
      await page.goto(`${site.origin}${path}`);
      await page.waitForSelector('html[data-deck-ready]');
      await expect(page.locator('.talk-title h1').textContent()).resolves.toBe('Containers do jeito certo');
      await expect(page.locator('.agenda-slide li').count()).resolves.toBe(plan.lessons.length);
      const lessonTitles = await page.locator('.title-slide[data-lesson-start] h1').allTextContents();
      expect(lessonTitles).toEqual(plan.lessons.map((planned) => lessons['pt-br'].find((l) => l.slug === planned.slug)!.title));
      // As many slides as the presenter guide plans; no hands-on slides and no live demos (those stay in the lesson decks).
      await expect(page.locator('.reveal .slides > section').count()).resolves.toBe(plan.slideCount);
      const stacks = await page.locator('.reveal .slides section.slide-stack').count();
      expect(await page.locator('.reveal .slides section.slide-stack > section').count()).toBe(stacks);
      await expect(page.locator('.reveal .exercise, .reveal .quiz, .reveal linux-lab').count()).resolves.toBe(0);
      // Slide ids stay unique although every lesson numbers its slides from zero.
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      // The presenter guide shows the same count for this talk.
      await page.goto(`${site.origin}/pt-br/presenter-guide/`);
      await expect(page.locator(`table.talk-lengths tr[data-talk="${variant.id}"] td`).nth(1).textContent()).resolves.toBe(String(plan.slideCount));
      await page.goto(`${site.origin}${path}`);
      await page.waitForSelector('html[data-deck-ready]');
      await page.screenshot({ path: `${screenshotDir}/talk-${variant.id}-pt-br.png` });
      await expectClean(watched, { keepOpen: true });
      await watched.context.close();
    });
  }

  it('prints one slide per page with ?print-pdf', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/${first.slug}/slides/?print-pdf`);
    await page.waitForSelector('html[data-deck-ready]');
    await page.waitForSelector('.pdf-page');
    const pages = await page.locator('.pdf-page').count();
    const slides = await page.locator('.reveal .slides section:not(.stack)').count();
    expect(pages).toBe(slides);
    await expectClean(watched, { keepOpen: true });
    await watched.context.close();
  });
});

describe('switching between reading and slides keeps the position', () => {
  it('reading → slides opens the slide of the section being read', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/${first.slug}/`);
    const target = page.locator('.sl-markdown-content section.slide[id^="slide-"]').nth(2);
    const id = await target.getAttribute('id');
    const heading = await target.locator('h2, h3').first().textContent();
    await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForFunction((expected) => document.querySelector<HTMLAnchorElement>('[data-view-switch="slides"]')!.href.endsWith(`#/${expected}`), id);
    await Promise.all([page.waitForURL(`**/slides/#/${id}`), page.locator('[data-view-switch="slides"]').click()]);
    await page.waitForSelector('html[data-deck-ready]');
    await expect(page.locator('.reveal .slides section.present').last().locator('h2, h3').first().textContent()).resolves.toBe(heading);
    await expectClean(watched, { keepOpen: true });
    await watched.context.close();
  });

  it('slides → reading scrolls to the section of the current slide', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/${first.slug}/slides/`);
    await page.waitForSelector('html[data-deck-ready]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const id = await page.evaluate(() => (document.querySelector('.reveal .slides section.present:not(.stack)') as HTMLElement).id);
    expect(id).toMatch(/^slide-/);
    await Promise.all([page.waitForURL(`**/${first.slug}/#${id}`), page.locator('[data-view-switch="reading"]').click()]);
    const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await expectClean(watched, { keepOpen: true });
    await watched.context.close();
  });
});

describe('accessibility (axe-core: no serious or critical violations)', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const locale of localeKeys) {
      for (const kind of ['reading', 'deck'] as const) {
        it(`${kind} page, ${locale}, ${theme} theme`, async () => {
          const watched = await watchedPage(site, { colorScheme: theme });
          const { page } = watched;
          await watched.context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
          const path = `/${locale}/${first.slug}/${kind === 'deck' ? 'slides/' : ''}`;
          await page.goto(`${site.origin}${path}`);
          if (kind === 'deck') await page.waitForSelector('html[data-deck-ready]');
          await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme);
          await page.screenshot({ path: `${screenshotDir}/${kind}-${locale}-${theme}.png` });
          expect(await seriousViolations(page)).toEqual([]);
          await expectClean(watched, { keepOpen: true });
          await watched.context.close();
        });
      }
    }
  }
});

describe('mobile layout', () => {
  it('a phone-sized screen gets the menu button, the sidebar behind it, and readable lesson text', async () => {
    const watched = await watchedPage(site, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/${first.slug}/`);
    const menu = page.locator('button.sl-menu-button');
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(page.locator('#starlight__sidebar').isVisible()).resolves.toBe(false);
    await menu.click();
    await expect.poll(() => page.locator('#starlight__sidebar').isVisible()).toBe(true);
    await page.screenshot({ path: `${screenshotDir}/mobile-menu-pt-br.png` });
    await menu.click();
    // No horizontal scrolling on the lesson page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${screenshotDir}/mobile-reading-pt-br.png` });
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});
