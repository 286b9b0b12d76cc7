// Every page of the built site, once, scrolled to the bottom so that islands which load on approach do load:
// nothing is asked of a third party, no page breaks its Content-Security-Policy, and axe finds no serious or
// critical violation in either theme (the second theme switched in place, as Starlight's picker does); no page logs
// an error, every slide of every deck carries speaker notes, and every lesson page shows its title, objectives,
// slide sections and sources as content/ has them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guardRequests, openSite, type Site } from './browser.ts';
import { COLOUR_RULES, seriousViolations } from './axe.ts';
import { recordViolations, scrollThrough, sitePaths } from './page-walk.ts';
import { lessons } from './lessons.ts';
import { localeKeys } from '../../src/course/locales.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Pages walked side by side in one context (its cache keeps the walk short). */
const PARALLEL = 6;
const themes = ['light', 'dark'] as const;

/** Switches the page's theme as Starlight's theme picker does (system preference too), once colour transitions end. */
async function switchTheme(page: Page, theme: (typeof themes)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate(async (value) => {
    document.documentElement.dataset.theme = value;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
    await Promise.all(transitions.map((transition) => transition.finished.catch(() => undefined)));
  }, theme);
}

type Lesson = (typeof lessons)['en'][number];

/** Each lesson's reading page, by path, with what it must show. */
const lessonPages = new Map<string, Lesson>(localeKeys.flatMap((locale) => lessons[locale].map((lesson) => [`/${locale}/${lesson.slug}/`, lesson] as const)));

/** What a lesson page shows that differs from its lesson in content/ (empty when it is right). */
async function lessonMismatches(page: Page, lesson: Lesson): Promise<string[]> {
  const shown = await page.evaluate(() => ({
    title: document.querySelector('h1#_top')?.textContent ?? '',
    objectives: document.querySelectorAll('.lesson-objectives li').length,
    slides: document.querySelectorAll('.sl-markdown-content section[id^="slide-"]').length,
    sources: document.querySelectorAll('.lesson-sources li a').length,
    notes: document.querySelectorAll('details.presenter-notes').length,
  }));
  const problems: string[] = [];
  if (shown.title !== lesson.title) problems.push(`title ${JSON.stringify(shown.title)}`);
  if (shown.objectives !== lesson.objectives.length) problems.push(`${shown.objectives} of ${lesson.objectives.length} objectives`);
  if (shown.slides <= 2) problems.push(`${shown.slides} slide sections`);
  if (shown.sources !== lesson.sources.length) problems.push(`${shown.sources} of ${lesson.sources.length} sources`);
  if (shown.notes === 0) problems.push('no presenter notes');
  return problems;
}

describe('the whole site, page by page', () => {
  it('no page asks anything of a third party, breaks its policy or logs an error, even scrolled to the bottom; none has a serious axe violation, in either theme; every slide has notes; every lesson page shows its lesson', async () => {
    const paths = sitePaths();
    expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(40);
    expect(paths.filter((p) => p.startsWith('/pt-br/')).length).toBe(paths.filter((p) => p.startsWith('/en/')).length);
    // Without the service worker every request a page makes passes through the route (its precache is local files),
    // and the walk is not slowed by the worker saving the whole site.
    const context = await site.browser.newContext({ serviceWorkers: 'block', colorScheme: themes[0] });
    await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), themes[0]);
    const requests = await guardRequests(context);
    const violations = await recordViolations(context);
    const axe: string[] = [];
    const consoleErrors: string[] = [];
    const notes: string[] = [];
    const decks: number[] = [];
    const lessonProblems: string[] = [];
    let lessonsChecked = 0;
    const started = Date.now();
    const queue = [...paths];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const page = await context.newPage();
        let current = '';
        page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`${current}: ${message.text()}`));
        page.on('pageerror', (error) => consoleErrors.push(`${current}: ${error}`));
        for (let path = queue.shift(); path; path = queue.shift()) {
          current = path;
          await page.emulateMedia({ colorScheme: themes[0] });
          await page.goto(`${site.origin}${path}`);
          const lesson = lessonPages.get(path);
          if (lesson) {
            lessonsChecked++;
            for (const problem of await lessonMismatches(page, lesson)) lessonProblems.push(`${path}: ${problem}`);
          }
          await scrollThrough(page);
          await page.evaluate(() => scrollTo(0, 0));
          // A deck: every slide carries speaker notes (the presenter view shows them).
          if (path.endsWith('/slides/') || path.includes('/talk/')) {
            const slides = await page.evaluate(() =>
              [...document.querySelectorAll('.reveal .slides section:not(.stack)')].map((s) => ({
                id: s.id || s.querySelector('h1,h2,h3')?.textContent || '?',
                notes: s.getAttribute('data-notes') ?? [...s.children].filter((c) => c.matches('aside.notes')).map((c) => c.textContent ?? '').join(''),
              })),
            );
            decks.push(slides.length);
            for (const slide of slides) if (slide.notes.trim() === '') notes.push(`${path}#${slide.id}`);
          }
          // Every rule in the first theme; the second changes only colours, so only colour rules again.
          for (const violation of await seriousViolations(page)) axe.push(`${path} [${themes[0]}] ${violation}`);
          await switchTheme(page, themes[1]);
          for (const violation of await seriousViolations(page, COLOUR_RULES)) axe.push(`${path} [${themes[1]}] ${violation}`);
        }
        await page.close();
      }),
    );
    console.log(
      `site walk: ${paths.length} pages, ${requests.local} local requests, ${requests.foreign.length} foreign, ${violations.length} policy violations, ` +
        `${axe.length} serious or critical axe violations (${themes.length} themes), ${consoleErrors.length} console errors, ${decks.length} decks (${decks.reduce((a, b) => a + b, 0)} slides), ${notes.length} without notes, ${lessonsChecked} lesson pages (${lessonProblems.length} unlike their content), ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(requests.foreign.map((url, i) => `${url} (from ${requests.foreignFrom[i]})`)).toEqual([]);
    expect(violations).toEqual([]);
    expect(axe).toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(decks.length).toBeGreaterThan(30);
    expect(Math.min(...decks)).toBeGreaterThan(2);
    expect(notes, 'deck slides without speaker notes').toEqual([]);
    expect(lessonsChecked).toBe(lessonPages.size);
    expect(lessonProblems, 'lesson pages unlike their lesson in content/').toEqual([]);
    await context.close();
  }, 900_000);
});
