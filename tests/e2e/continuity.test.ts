// Course continuity in the browser: "continue where you left off", a lesson done by its hands-on parts, module
// counts in the sidebar, a quiz's first attempt kept, and the completion summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { seriousViolations } from './axe.ts';
import { lessons } from './lessons.ts';
import { STORAGE_KEY } from '../../src/features/progress/index.ts';
import en from '../../src/translations/en.json' with { type: 'json' };
import pt from '../../src/translations/pt-br.json' with { type: 'json' };

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

// A lesson whose only hands-on part is its quiz, and the other lessons of its module (history-and-ecosystem).
const quizOnly = 'history';
const moduleOf = (locale: 'en' | 'pt-br', slug: string) => lessons[locale].filter((l) => l.module === lessons[locale].find((m) => m.slug === slug)!.module);
const box = (page: Page) => page.locator('[data-continue]');
const moduleCount = (page: Page, locale: string, slug: string) =>
  page.locator('nav.sidebar details', { has: page.locator(`a[href="/${locale}/${slug}/"]`) }).locator('.module-count');

/** Answers every question of the lesson's quiz; `wrongFirst` questions get a wrong answer, then the right one. */
async function answerQuiz(page: Page, wrongFirst: number[] = []) {
  const questions = page.locator('.quiz').first().locator('.quiz-question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    const right = Number(await question.getAttribute('data-correct'));
    if (wrongFirst.includes(i)) await question.locator(`input[value="${(right + 1) % (await question.locator('input[type=radio]').count())}"]`).check();
    await question.locator(`input[value="${right}"]`).check();
  }
  return count;
}

describe('course continuity', () => {
  it('a new visitor sees no "continue" box; after a lesson, home leads back to it, also after a reload', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/`);
    await expect.poll(() => page.locator('[data-continue][data-ready]').count()).toBe(1);
    await expect(box(page).isHidden()).resolves.toBe(true);

    await page.goto(`${site.origin}/en/${quizOnly}/`);
    const count = await answerQuiz(page, [0]);
    // The quiz was the lesson's only hands-on part: the lesson is done by itself, and its module counts it.
    await expect.poll(() => page.getByRole('checkbox', { name: en['lesson.markDone'] }).isChecked()).toBe(true);
    const siblings = moduleOf('en', quizOnly);
    const counter = moduleCount(page, 'en', quizOnly);
    await expect.poll(() => counter.locator('[aria-hidden="true"]').textContent()).toBe(`1/${siblings.length}`);
    await expect(counter.locator('.sr-only').textContent()).resolves.toBe(`1 of ${siblings.length} lessons done in this module`);
    // The first answer to question 1 was wrong: the score now is full, the first try one short.
    const score = page.locator('.quiz-score').first();
    await expect(score.textContent()).resolves.toBe(`${count} of ${count} correct (${count} answered) · first try: ${count - 1} of ${count} right`);
    await score.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}/continuity-lesson-done.png` });

    await page.goto(`${site.origin}/en/`);
    await expect.poll(() => box(page).isVisible()).toBe(true);
    await expect(box(page).getByRole('heading').textContent()).resolves.toBe(en['continue.title']);
    const last = box(page).locator('[data-continue-last]');
    await expect(last.textContent()).resolves.toBe(lessons.en.find((l) => l.slug === quizOnly)!.title);
    await expect(last.getAttribute('href')).resolves.toMatch(new RegExp(`^/en/${quizOnly}/(#slide-\\d+(-\\d+)?)?$`));
    // The next unfinished lesson comes after it in course order.
    const after = lessons.en.slice(lessons.en.findIndex((l) => l.slug === quizOnly) + 1)[0];
    await expect(box(page).locator('[data-continue-next]').textContent()).resolves.toBe(after.title);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/continuity-home.png` });
    await page.reload();
    await expect.poll(() => box(page).locator('[data-continue-last]').textContent()).toBe(lessons.en.find((l) => l.slug === quizOnly)!.title);

    await box(page).locator('[data-continue-last]').click();
    await page.waitForURL(new RegExp(`/en/${quizOnly}/`));
    await page.reload();
    // The first attempt survives the reload.
    await expect.poll(() => page.locator('.quiz-score').first().textContent()).toContain(`first try: ${count - 1} of ${count} right`);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY);
    expect(saved.quizzes[quizOnly].first.correct).toBe(count - 1);
    await expectClean(watched);
  });

  it('in Portuguese: the box, the module count and the progress page speak it, and old (version 1) progress still loads', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    const at = '2026-03-01T10:00:00.000Z';
    const first = lessons['pt-br'][0];
    await page.goto(`${site.origin}/pt-br/`);
    await page.evaluate(
      ([key, doc]) => localStorage.setItem(key, doc),
      [STORAGE_KEY, JSON.stringify({ version: 1, lessons: { [first.slug]: { completedAt: at } }, quizzes: { [quizOnly]: { answers: [0, 0, 0], correct: 1, total: 3, updatedAt: at } } })],
    );
    await page.goto(`${site.origin}/pt-br/${lessons['pt-br'][2].slug}/`);
    const siblings = moduleOf('pt-br', first.slug);
    await expect.poll(() => moduleCount(page, 'pt-br', first.slug).locator('.sr-only').textContent()).toBe(`1 de ${siblings.length} aulas concluídas neste módulo`);
    await page.goto(`${site.origin}/pt-br/`);
    await expect.poll(() => box(page).getByRole('heading').textContent()).toBe(pt['continue.title']);
    await expect(box(page).locator('[data-continue-last]').textContent()).resolves.toBe(lessons['pt-br'][2].title);
    await expect(box(page).locator('[data-continue-next]').textContent()).resolves.toBe(lessons['pt-br'][3].title);
    await page.screenshot({ path: `${screenshotDir}/continuity-home-pt-br.png` });
    await page.goto(`${site.origin}/pt-br/progress/`);
    await expect.poll(() => page.locator('[data-completion]').textContent()).toContain(`1 de ${lessons['pt-br'].length} aulas concluídas`);
    await expect(page.locator('[data-completion] h2').textContent()).resolves.toBe(pt['progress.completionTitle']);
    await expect(page.locator(`li[data-quiz="${quizOnly}"]`).textContent()).resolves.toContain('1 de 3 certas');
    expect(await seriousViolations(page)).toEqual([]);
    await expectClean(watched);
  });

  for (const locale of ['en', 'pt-br'] as const) {
    it(`/${locale}/: every lesson done shows "course complete" on home and the progress page`, async () => {
      const watched = await watchedPage(site);
      const { page } = watched;
      const at = '2026-03-01T10:00:00.000Z';
      const doc = {
        version: 2,
        lessons: Object.fromEntries(lessons[locale].map((l) => [l.slug, { completedAt: at }])),
        visits: { [lessons[locale][0].slug]: { updatedAt: at, slide: 'slide-2' } },
      };
      await page.goto(`${site.origin}/${locale}/`);
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, JSON.stringify(doc)]);
      await page.reload();
      const strings = locale === 'en' ? en : pt;
      await expect.poll(() => box(page).getByRole('heading').textContent()).toBe(strings['continue.completeTitle']);
      await expect(box(page).locator('[data-continue-last]').getAttribute('href')).resolves.toBe(`/${locale}/${lessons[locale][0].slug}/#slide-2`);
      await expect(box(page).locator('[data-continue-next]').count()).resolves.toBe(0);
      await page.goto(`${site.origin}/${locale}/progress/`);
      await expect.poll(() => page.locator('[data-completion][data-complete] h2').textContent()).toBe(strings['progress.courseComplete']);
      await page.screenshot({ path: `${screenshotDir}/continuity-complete-${locale}.png`, fullPage: true });
      await expectClean(watched);
    });
  }

  it('on a 360 px phone the filled box and the completion summary fit the screen', async () => {
    const watched = await watchedPage(site, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/`);
    const doc = { version: 2, lessons: {}, visits: { [lessons['pt-br'][5].slug]: { updatedAt: '2026-03-01T10:00:00.000Z', slide: 'slide-3' } } };
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, JSON.stringify(doc)]);
    for (const path of ['/pt-br/', '/pt-br/progress/', '/en/progress/']) {
      await page.goto(`${site.origin}${path}`);
      await expect.poll(() => box(page).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    await expectClean(watched);
  });
});
