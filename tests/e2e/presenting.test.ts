import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { lessons } from './lessons.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const first = lessons.en[0];

describe('presenting', () => {
  it('S opens the presenter view in a new window, with the notes of the current slide, the next slide and a timer', async () => {
    const watched = await watchedPage(site);
    const { page, context } = watched;
    await page.goto(`${site.origin}/en/${first.slug}/slides/#/slide-0`);
    await page.waitForSelector('html[data-deck-ready]');
    const notes = (await page.locator('#slide-0 > aside.notes').textContent())!.trim();
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForSelector('html.deck-presenter');
    await expect.poll(() => speaker.locator('.presenter-notes').textContent()).toContain(notes.slice(0, 40));
    await expect(speaker.locator('.presenter-next-frame').count()).resolves.toBe(1);
    // The timer counts.
    const clock = speaker.locator('.presenter-elapsed');
    const before = await clock.textContent();
    await expect.poll(() => clock.textContent(), { timeout: 5_000 }).not.toBe(before);
    // The two windows move together, whichever one the presenter drives.
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.reveal .slides section.present')].pop()?.id)).toMatch(/^slide-1/);
    await speaker.screenshot({ path: `${screenshotDir}/speaker-view.png` });
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('quizzes', () => {
  it('can be answered with the keyboard only, with immediate feedback and a score', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/${first.slug}/`);
    const quiz = page.locator('.quiz').first();
    const questions = quiz.locator('.quiz-question');
    const total = await questions.count();
    expect(total).toBeGreaterThanOrEqual(3);
    // Focus the first option of the first question by keyboard: Tab until a quiz radio is focused.
    await quiz.locator('input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    const firstQuestion = questions.first();
    await expect(firstQuestion.getAttribute('data-state')).resolves.toMatch(/correct|wrong/);
    await expect(firstQuestion.locator('.quiz-explanation:not([hidden])').count()).resolves.toBe(1);
    // Arrow keys move the choice within the question; feedback follows the new choice.
    await page.keyboard.press('ArrowDown');
    const shown = firstQuestion.locator('.quiz-explanation:not([hidden])');
    await expect(shown.getAttribute('data-option')).resolves.toBe('1');
    // Answer every question correctly by keyboard, moving with Tab.
    for (let i = 0; i < total; i++) {
      const question = questions.nth(i);
      const correct = Number(await question.getAttribute('data-correct'));
      await question.locator('input[type=radio]').first().focus();
      await page.keyboard.press('Space');
      for (let j = 0; j < correct; j++) await page.keyboard.press('ArrowDown');
      await expect(question.getAttribute('data-state')).resolves.toBe('correct');
    }
    await expect(quiz.locator('.quiz-score').textContent()).resolves.toBe(`${total} of ${total} correct (${total} answered)`);
    await page.screenshot({ path: `${screenshotDir}/quiz-en.png`, fullPage: false });
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });

  it('in a deck, shows one question at a time and typing in it never moves the slide', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/${first.slug}/slides/`);
    await page.waitForSelector('html[data-deck-ready]');
    const slideId = await page.locator('.reveal .quiz').first().evaluate((el) => el.closest('section[id]')!.id);
    await page.goto(`${site.origin}/pt-br/${first.slug}/slides/#/${slideId}`);
    await page.waitForSelector('html[data-deck-ready]');
    const quiz = page.locator('.reveal section.present .quiz');
    await expect(quiz.locator('.quiz-question:not([hidden])').count()).resolves.toBe(1);
    await quiz.locator('.quiz-question:not([hidden]) input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => location.hash)).toBe(`#/${slideId}`);
    await quiz.getByRole('button', { name: /Próxima pergunta/ }).click();
    await expect(quiz.locator('.quiz-question:not([hidden])').getAttribute('data-question')).resolves.toBe('1');
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});
