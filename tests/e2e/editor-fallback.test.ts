import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { openDeckSlideWith } from './sims-helpers.ts';
import { seriousViolations } from './axe.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

// Monaco's chunks, as the build names them; aborting them is what a blocked or dropped network does to the editor.
const monacoChunks = /\/_astro\/(?:session|editor\.api|monaco)\.[\w-]+\.js$/;
const fallbackMessage = {
  en: 'The full editor could not load, so here is a simpler one. Your work is kept and still checked as you type: carry on here.',
  'pt-br': 'O editor completo não carregou, então aqui vai um mais simples. Seu trabalho continua guardado e é conferido enquanto você digita: pode continuar por aqui.',
};
const fixed = ['FROM node:22.11-alpine AS build', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build', '', 'FROM nginx:1.27-alpine', 'COPY --from=build /app/dist /usr/share/nginx/html'].join('\n');

/** A page whose Monaco chunks never arrive. No service worker: requests it answered would never reach page.route. */
async function pageWithoutMonaco(options: Parameters<typeof watchedPage>[1] = {}) {
  const watched = await watchedPage(site, { serviceWorkers: 'block', ...options });
  await watched.page.route(monacoChunks, (route) => route.abort());
  return watched;
}

/** The text the learner sees in the plain editor, and the message that goes with it (its accessible description). */
const plainText = (scope: Locator) => scope.locator('textarea.editor-plain').inputValue();
const description = (area: Locator) =>
  area.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
const focusedIsPlainEditor = (page: Page) => page.evaluate(() => document.activeElement?.matches('textarea.editor-plain') ?? false);

/** The "pin the base images" exercise on its reading page, with its editor asked for. */
async function openPinExercise(page: Page): Promise<Locator> {
  await page.goto(`${site.origin}/en/dockerfile-practices/`);
  const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
  await exercise.scrollIntoViewIfNeeded();
  await exercise.getByRole('button', { name: 'Edit & check' }).click();
  return exercise;
}

describe('the plain editor, when Monaco cannot load', { timeout: 120_000 }, () => {
  it('stands in with a message in the learner’s words; what they type is checked, graded and still there after a reload', async () => {
    const watched = await pageWithoutMonaco();
    const { page, context } = watched;
    const exercise = await openPinExercise(page);

    const area = exercise.getByRole('textbox', { name: 'Dockerfile' });
    await area.waitFor();
    await expect(description(area)).resolves.toBe(fallbackMessage.en);
    await expect(exercise.locator('.editor-plain-note').isVisible()).resolves.toBe(true);
    await expect(exercise.locator('.editor-status').textContent()).resolves.toBe('');
    expect(await focusedIsPlainEditor(page)).toBe(true);
    // The starter's problem is found, as in Monaco.
    const requirement = exercise.locator('[data-requirement="every-base-tagged"]');
    await expect.poll(() => requirement.getAttribute('data-passed')).toBe('false');
    await expect.poll(() => exercise.locator('.editor-findings').textContent()).toContain('pin-base-image-tag');

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(fixed);
    await expect.poll(() => requirement.getAttribute('data-passed')).toBe('true');
    await expect.poll(() => exercise.locator('.editor-findings').textContent()).not.toContain('pin-base-image-tag');
    await expect.poll(() => exercise.locator('.exercise-score').textContent()).toBe('Score: 100/100');
    await expect(exercise.locator('.exercise-status').textContent()).resolves.toBe('Passed');
    // Tab leaves the textarea: keyboard users are not trapped in it.
    await page.keyboard.press('Tab');
    expect(await focusedIsPlainEditor(page)).toBe(false);
    expect((await seriousViolations(page)).filter((v) => /editor/.test(v))).toEqual([]);

    await page.reload();
    const again = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    await expect(again.locator('.exercise-status').textContent()).resolves.toBe('Passed');
    await again.getByRole('button', { name: 'Edit & check' }).click();
    await again.locator('textarea.editor-plain').waitFor();
    await expect(plainText(again)).resolves.toBe(fixed);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });

  it('also stands in when Monaco is only too slow to arrive (a crawling network)', async () => {
    const watched = await watchedPage(site, { serviceWorkers: 'block' });
    const { page, context } = watched;
    // Monaco's requests are held, never answered; the page's clock jumps over the editor's 20 s of patience.
    await page.route(monacoChunks, () => undefined);
    await page.clock.install();
    const exercise = await openPinExercise(page);
    await expect(exercise.locator('dockerfile-editor').getAttribute('data-state')).resolves.toBe('loading');
    await page.waitForTimeout(500);
    expect(await exercise.locator('textarea.editor-plain').count()).toBe(0);
    await page.clock.fastForward('00:21');
    await exercise.locator('textarea.editor-plain').waitFor({ timeout: 10_000 });
    await expect.poll(() => exercise.locator('[data-requirement="every-base-tagged"]').getAttribute('data-passed')).toBe('false');
    await context.close();
  });

  it('"Reset" and its undo work in the plain editor too', async () => {
    const watched = await pageWithoutMonaco();
    const { page, context } = watched;
    const exercise = await openPinExercise(page);
    const area = exercise.locator('textarea.editor-plain');
    await area.waitFor();
    const starter = await area.inputValue();
    await area.fill('FROM alpine:3.20');
    await exercise.getByRole('button', { name: 'Reset' }).click();
    await exercise.locator('dialog').getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => area.inputValue()).toBe(starter);
    await exercise.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => area.inputValue()).toBe('FROM alpine:3.20');
    await context.close();
  });

  it('in a deck, keys typed in the plain editor never move the slide', async () => {
    const watched = await pageWithoutMonaco();
    const { page, context } = watched;
    const slideId = await openDeckSlideWith(page, site.origin, '/en/dockerfile-practices/slides/', '.exercise[data-exercise-id="pin-base-image"]');
    const exercise = page.locator('.reveal section.present .exercise');
    await exercise.getByRole('button', { name: 'Edit & check' }).click();
    await exercise.locator('textarea.editor-plain').waitFor();
    expect(await focusedIsPlainEditor(page)).toBe(true);
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'Space', 'n', 'p', 'PageDown', 'End']) await page.keyboard.press(key);
    await page.keyboard.type('FROM x');
    expect(await page.evaluate(() => location.hash)).toBe(`#/${slideId}`);
    await expect(plainText(exercise)).resolves.toContain('FROM x');
    await context.close();
  });

  it('the playground falls back the same way and lists findings as the learner types', async () => {
    const watched = await pageWithoutMonaco({ locale: 'pt-BR' });
    const { page, context } = watched;
    await page.goto(`${site.origin}/pt-br/playground/`);
    const editor = page.locator('dockerfile-playground dockerfile-editor');
    await editor.getByRole('button', { name: 'Editar e checar' }).click();
    const area = editor.locator('textarea.editor-plain');
    await area.waitFor();
    await expect(description(area)).resolves.toBe(fallbackMessage['pt-br']);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('FROM ubuntu\nRUN apt-get update\n');
    await expect.poll(() => editor.locator('.editor-findings').textContent()).toContain('pin-base-image-tag');
    await context.close();
  });

  for (const lang of ['en', 'pt-br'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`looks right in ${lang}, ${theme} theme (screenshot)`, async () => {
        const watched = await pageWithoutMonaco({ colorScheme: theme, viewport: { width: 1100, height: 900 } });
        const { page, context } = watched;
        await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(`${site.origin}/${lang}/dockerfile-practices/`);
        const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
        await exercise.scrollIntoViewIfNeeded();
        await exercise.getByRole('button', { name: lang === 'en' ? 'Edit & check' : 'Editar e checar' }).click();
        await exercise.locator('textarea.editor-plain').waitFor();
        await expect.poll(() => exercise.locator('.editor-findings li').count()).toBeGreaterThan(0);
        await exercise.locator('dockerfile-editor').screenshot({ path: `${screenshotDir}/editor-fallback-${lang}-${theme}.png` });
        expect((await seriousViolations(page, ['color-contrast'])).filter((v) => /editor/.test(v))).toEqual([]);
        await context.close();
      });
    }
  }
});
