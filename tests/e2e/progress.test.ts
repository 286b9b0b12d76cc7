import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expectClean, distDir, openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { seriousViolations } from './axe.ts';
import { lessons } from './lessons.ts';
import { quizIdsIn } from '../../src/features/progress/course-map.ts';
import { APP_MARKER, STORAGE_KEY } from '../../src/features/progress/index.ts';
import { localeKeys } from '../../src/course/locales.ts';
import en from '../../src/translations/en.json' with { type: 'json' };

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const first = lessons.en[0];
const withQuiz = lessons.en.find((l) => quizIdsIn(readFileSync(join(process.cwd(), l.file), 'utf8')).length > 0)!;
const tick = (page: Page, slug: string) => page.locator(`nav.sidebar a[href="/en/${slug}/"] .progress-tick`);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

async function markDone(page: Page, slug: string) {
  await page.goto(`${site.origin}/en/${slug}/`);
  const toggle = page.getByRole('checkbox', { name: en['lesson.markDone'] });
  await expect.poll(() => toggle.isEnabled()).toBe(true);
  await toggle.check();
}

/** Answers every question of the first quiz: the correct option for the first question, a wrong one for the rest. */
async function answerQuiz(page: Page) {
  const questions = page.locator('.quiz').first().locator('.quiz-question');
  const count = await questions.count();
  const picks: number[] = [];
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    const right = Number(await question.getAttribute('data-correct'));
    const pick = i === 0 ? right : (right + 1) % (await question.locator('input[type=radio]').count());
    await question.locator(`input[value="${pick}"]`).check();
    picks.push(pick);
  }
  return picks;
}

async function quizState(page: Page) {
  const quiz = page.locator('.quiz').first();
  return {
    checked: await quiz.locator('.quiz-question').evaluateAll((qs) => qs.map((q) => (q.querySelector('input:checked') as HTMLInputElement | null)?.value ?? null)),
    states: await quiz.locator('.quiz-question').evaluateAll((qs) => qs.map((q) => (q as HTMLElement).dataset.state ?? null)),
    explanations: await quiz.locator('.quiz-explanation:not([hidden])').count(),
    score: await quiz.locator('.quiz-score').textContent(),
  };
}

describe('lesson progress', () => {
  it('"Mark this lesson as done" puts a tick next to the lesson in the sidebar, after reload and in the other language', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await markDone(page, first.slug);
    await expect.poll(() => tick(page, first.slug).count()).toBe(1);
    await page.reload();
    await expect.poll(() => tick(page, first.slug).count()).toBe(1);
    await expect(page.getByRole('checkbox', { name: en['lesson.markDone'] }).isChecked()).resolves.toBe(true);
    // The tick is a ✓ for the eye and a word for screen readers, part of the link's name.
    const link = page.locator(`nav.sidebar a[href="/en/${first.slug}/"]`);
    await expect(link.locator('.progress-tick [aria-hidden="true"]').textContent()).resolves.toContain('✓');
    await expect(link.locator('.progress-tick .sr-only').textContent()).resolves.toContain(en['progress.tick']);
    expect(await tick(page, lessons.en[1].slug).count()).toBe(0);
    await page.goto(`${site.origin}/pt-br/glossary/`);
    await expect.poll(() => page.locator(`nav.sidebar a[href="/pt-br/${first.slug}/"] .progress-tick .sr-only`).textContent()).toContain('concluída');
    // Unticking removes it.
    await page.goto(`${site.origin}/en/${first.slug}/`);
    await expect.poll(() => page.getByRole('checkbox', { name: en['lesson.markDone'] }).isEnabled()).toBe(true);
    await page.getByRole('checkbox', { name: en['lesson.markDone'] }).uncheck();
    await expect.poll(() => tick(page, first.slug).count()).toBe(0);
    await expectClean(watched);
  });

  it('a tick appears in another open tab when a lesson is marked done', async () => {
    const watched = await watchedPage(site);
    const other = await watched.context.newPage();
    await other.goto(`${site.origin}/en/glossary/`);
    await markDone(watched.page, first.slug);
    await expect.poll(() => tick(other, first.slug).count()).toBe(1);
    await expectClean(watched);
  });

  it(`quiz answers on ${withQuiz.slug} come back after reload: selections, feedback and score`, async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/${withQuiz.slug}/`);
    const picks = await answerQuiz(page);
    const before = await quizState(page);
    expect(before.checked).toEqual(picks.map(String));
    expect(before.score).toMatch(/^1 of \d+ correct/);
    await page.reload();
    await expect.poll(() => quizState(page)).toEqual(before);
    await page.screenshot({ path: `${screenshotDir}/progress-quiz-restored.png` });
    await expectClean(watched);
  });
});

describe('progress page', () => {
  it('exports to a file that a fresh browser profile imports (preview, then replace) to the same state', async () => {
    const a = await watchedPage(site, { acceptDownloads: true });
    await markDone(a.page, first.slug);
    await a.page.goto(`${site.origin}/en/${withQuiz.slug}/`);
    await answerQuiz(a.page);
    await a.page.goto(`${site.origin}/en/progress/`);
    const lessonsList = (page: Page) => page.locator('.progress-lessons').innerText();
    await expect.poll(() => a.page.locator('[data-summary]').textContent()).toBe(`1 of ${lessons.en.length} lessons done`);
    const stateA = await lessonsList(a.page);
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: en['progress.export'] }).click()]);
    expect(download.suggestedFilename()).toMatch(/^containers-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ app: APP_MARKER, version: 2 });

    const b = await watchedPage(site);
    await b.page.goto(`${site.origin}/en/progress/`);
    await expect.poll(() => b.page.locator('[data-summary]').textContent()).toBe(`0 of ${lessons.en.length} lessons done`);
    await b.page.getByLabel(en['progress.import']).setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    const preview = b.page.locator('[data-preview]');
    await preview.waitFor();
    await expect(preview.locator('[data-preview-counts]').textContent()).resolves.toMatch(/^3 new, 0 different/); // the lesson, the quiz, the visit
    await expect(preview.locator('li').allTextContents()).resolves.toContain(`Lesson “${first.title}”: new`);
    // The quiz is named by its lesson's title, not by its id (the lesson's slug).
    await expect(preview.locator('li').allTextContents()).resolves.toContain(`Quiz “${withQuiz.title}”: new`);
    await b.page.screenshot({ path: `${screenshotDir}/progress-import-preview.png`, fullPage: true });
    await b.page.getByRole('button', { name: en['progress.importReplace'] }).click();
    await expect.poll(() => b.page.locator('[data-message]').textContent()).toBe(en['progress.imported']);
    await expect(preview.isHidden()).resolves.toBe(true);
    await b.page.reload();
    await expect.poll(() => lessonsList(b.page)).toBe(stateA);
    await expect.poll(() => tick(b.page, first.slug).count()).toBe(1);
    await b.page.goto(`${site.origin}/en/${withQuiz.slug}/`);
    await a.page.goto(`${site.origin}/en/${withQuiz.slug}/`);
    await expect.poll(() => quizState(b.page)).toEqual(await quizState(a.page));
    await expectClean(a);
    await expectClean(b);
  });

  it('sets corrupted storage aside with a visible notice and keeps working', async () => {
    const watched = await watchedPage(site, { acceptDownloads: true });
    const { page } = watched;
    await page.goto(`${site.origin}/en/progress/`);
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"lessons":{"hist'), STORAGE_KEY);
    await page.reload();
    const notice = page.locator('[data-progress-notices] [role="status"] p');
    await expect.poll(() => notice.first().textContent()).toContain('could not be read, so it was set aside');
    await expect(notice.first().isVisible()).resolves.toBe(true);
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ctrw:progress:corrupt:')));
    expect(backups).toHaveLength(1);
    await expect(page.evaluate((k) => localStorage.getItem(k), backups[0])).resolves.toBe('{"version":1,"lessons":{"hist');
    await page.screenshot({ path: `${screenshotDir}/progress-corrupt-notice.png` });
    // The set-aside data can be downloaded from the progress page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${backups[0]}` }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe('{"version":1,"lessons":{"hist');
    await notice.first().getByRole('button', { name: en['progress.dismiss'] }).click();
    await expect(notice.count()).resolves.toBe(0);
    // The site still works: a lesson can be marked done and is saved, and the notice is not repeated.
    await markDone(page, first.slug);
    await expect.poll(async () => JSON.parse((await stored(page))!).lessons).toHaveProperty(first.slug);
    await page.reload();
    await expect.poll(() => tick(page, first.slug).count()).toBe(1);
    expect(await notice.count()).toBe(0);
    await expectClean(watched);
  });

  it('a full storage quota keeps the work in the tab with a notice', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await watched.context.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, name, value);
      };
    }, STORAGE_KEY);
    await markDone(page, first.slug);
    const notice = page.locator('[data-progress-notices] [role="status"] p');
    await expect.poll(() => notice.first().textContent()).toContain(en['notice.quota'].slice(0, 40));
    await expect.poll(() => tick(page, first.slug).count()).toBe(1);
    expect(await stored(page)).toBeNull();
    await expectClean(watched);
  });

  const hostile: Array<[string, string, string]> = [
    ['prototype-pollution keys', `{"app":"${APP_MARKER}","version":1,"lessons":{"__proto__":{"polluted":"yes"}},"quizzes":{"constructor":{"prototype":{"polluted":"yes"}}}}`, en['progress.error.forbidden-key']],
    ['deep nesting', `{"app":"${APP_MARKER}","version":1,"labs":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, en['progress.error.too-deep']],
    ['2 MB', JSON.stringify({ app: APP_MARKER, version: 1, editors: { big: { text: 'x'.repeat(2 * 1024 * 1024), updatedAt: '2026-01-01T00:00:00Z' } } }), en['progress.error.too-large']],
    ['someone else’s JSON', JSON.stringify({ version: 1, lessons: {} }), en['progress.error.not-progress']],
  ];
  for (const [label, content, message] of hostile) {
    it(`refuses a hostile import file (${label}) with a clear message, changing nothing`, async () => {
      const watched = await watchedPage(site);
      const { page } = watched;
      await markDone(page, first.slug);
      await page.goto(`${site.origin}/en/progress/`);
      const before = await stored(page);
      await page.getByLabel(en['progress.import']).setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      const shown = page.locator('[data-message]');
      await expect.poll(() => shown.textContent()).toBe(message);
      await expect(shown.getAttribute('data-kind')).resolves.toBe('error');
      await expect(page.locator('[data-preview]').isHidden()).resolves.toBe(true);
      expect(await stored(page)).toBe(before);
      await expect(page.evaluate(() => (({}) as Record<string, unknown>).polluted)).resolves.toBeUndefined();
      await expectClean(watched);
    });
  }

  it('clears everything only after a confirmation', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await markDone(page, first.slug);
    await page.goto(`${site.origin}/en/progress/`);
    await page.getByRole('button', { name: en['progress.clear'], exact: true }).click();
    const confirm = page.getByRole('group', { name: en['progress.clear'] });
    await expect(confirm.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(en['progress.cancel']);
    await confirm.getByRole('button', { name: en['progress.cancel'] }).click();
    await expect(confirm.isHidden()).resolves.toBe(true);
    expect(JSON.parse((await stored(page))!).lessons).toHaveProperty(first.slug);

    await page.getByRole('button', { name: en['progress.clear'], exact: true }).click();
    await confirm.getByRole('button', { name: en['progress.clearYes'] }).click();
    await expect.poll(() => page.locator('[data-message]').textContent()).toBe(en['progress.cleared']);
    await expect(page.locator('[data-summary]').textContent()).resolves.toBe(`0 of ${lessons.en.length} lessons done`);
    expect(JSON.parse((await stored(page))!).lessons).toEqual({});
    await expect.poll(() => tick(page, first.slug).count()).toBe(0);
    await expectClean(watched);
  });

  it('clear all also removes set-aside data', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/progress/`);
    await page.evaluate((key) => localStorage.setItem(key, 'not json'), STORAGE_KEY);
    await page.reload();
    await expect.poll(() => page.locator('[data-backups]').isVisible()).toBe(true);
    await page.getByRole('button', { name: en['progress.clear'], exact: true }).click();
    await page.getByRole('button', { name: en['progress.clearYes'] }).click();
    await expect.poll(() => page.locator('[data-backups]').isHidden()).toBe(true);
    await expect(page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ctrw:progress:corrupt:')))).resolves.toEqual([]);
    await expectClean(watched);
  });

  it('shows exercises under their lesson and saved work it does not know under “other”', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/progress/`);
    const exercise = page.locator('li[data-exercise]').first();
    const id = await exercise.getAttribute('data-exercise');
    const at = '2026-03-01T10:00:00.000Z';
    const record = (status: string) => ({ status, score: 80, hintsShown: 1, solutionShown: false, updatedAt: at });
    await page.evaluate(
      ([key, doc]) => localStorage.setItem(key, doc),
      [STORAGE_KEY, JSON.stringify({ version: 1, exercises: { [id!]: record('passed-with-help'), 'an-exercise-from-later': record('in-progress') }, labs: { 'lab-1': { stepsDone: ['a', 'b'], updatedAt: at } } })],
    );
    await page.reload();
    await expect.poll(() => exercise.getAttribute('data-status')).toBe('passed-with-help');
    await expect(exercise.textContent()).resolves.toContain(en['progress.status.passed-with-help']);
    await expect(page.locator('[data-other] li').allTextContents()).resolves.toEqual([
      'Exercise “an-exercise-from-later”: in progress',
      'Lab “lab-1”: 2 steps done',
    ]);
    await expectClean(watched);
  });

  for (const locale of localeKeys) {
    it(`/${locale}/progress/ lists every lesson in course order and has no serious axe violations`, async () => {
      const watched = await watchedPage(site);
      const { page } = watched;
      await page.goto(`${site.origin}/${locale}/progress/`);
      await expect(page.locator('li[data-lesson] > a').allTextContents()).resolves.toEqual(lessons[locale].map((l) => l.title));
      await expect(page.locator(`nav.sidebar a[href="/${locale}/progress/"]`).getAttribute('aria-current')).resolves.toBe('page');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${screenshotDir}/progress-${locale}.png`, fullPage: true });
      await expectClean(watched);
    });
  }
});

describe('weight', () => {
  it('the sidebar ticks and notices every page ships stay under 5 KB gzip (script and its imports)', () => {
    const html = readFileSync(join(distDir, 'en/glossary/index.html'), 'utf8');
    const entry = html.match(/src="(\/_astro\/LessonDone[^"]+\.js)"/)?.[1];
    expect(entry, 'the LessonDone script on a non-lesson page').toBeDefined();
    const files = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from\s*"(\.\/[^"]+)"/g)) visit(join(dirname(file), spec));
    };
    visit(join(distDir, entry!));
    const gzip = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    console.log(`sidebar ticks + notices + store: ${files.size} files, ${(gzip / 1024).toFixed(2)} KB gzip`);
    expect(gzip).toBeLessThan(5 * 1024);
  });
});
