import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { openDeckSlideWith } from './sims-helpers.ts';
import { editorText, focusEditor, typeInEditor } from './editor.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const lesson = '/en/dockerfile-practices/';
const fixed = [
  'FROM node:22.11-alpine AS build',
  'WORKDIR /app',
  'COPY package*.json ./',
  'RUN npm ci',
  'COPY . .',
  'RUN npm run build',
  '',
  'FROM nginx:1.27-alpine',
  'COPY --from=build /app/dist /usr/share/nginx/html',
].join('\n');

describe('graded exercise in a lesson', () => {
  it('loads no Monaco bytes before the click; typing a fix clears the marker and flips the checklist; work survives a reload', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}${lesson}`);
    await page.waitForLoadState('networkidle');
    const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    await exercise.scrollIntoViewIfNeeded();
    // Nothing of the editor before the learner asks for it: no Monaco chunk, no worker, no codicon font, no Monaco CSS.
    expect(requested.filter((path) => /session|monaco|worker|codicon/.test(path))).toEqual([]);
    expect(await page.locator('link[rel=stylesheet][href*="monaco"], style:has-text(".monaco-editor")').count()).toBe(0);
    await expect(exercise.locator('.exercise-status').textContent()).resolves.toBe('Not started');

    await exercise.getByRole('button', { name: 'Edit & check' }).click();
    const requirement = exercise.locator('[data-requirement="every-base-tagged"]');
    await expect.poll(() => requirement.getAttribute('data-passed')).toBe('false');
    await expect.poll(() => exercise.locator('.editor-findings').textContent()).toContain('pin-base-image-tag');
    // Monaco draws the squiggle a frame after the markers are set.
    await expect.poll(() => exercise.locator('.squiggly-warning').count()).toBeGreaterThan(0);

    await typeInEditor(page, exercise, fixed);
    await expect.poll(() => requirement.getAttribute('data-passed')).toBe('true');
    await expect.poll(() => exercise.locator('.editor-findings').textContent()).not.toContain('pin-base-image-tag');
    await expect(exercise.locator('[data-passed="false"]').count()).resolves.toBe(0);
    await expect(exercise.locator('.exercise-score').textContent()).resolves.toBe('Score: 100/100');
    await expect(exercise.locator('.exercise-status').textContent()).resolves.toBe('Passed');
    await expect(exercise.locator('.exercise-explanation').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${screenshotDir}/exercise-passed.png` });

    await page.waitForTimeout(600);
    await page.reload();
    const again = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    await expect(again.locator('.exercise-status').textContent()).resolves.toBe('Passed');
    // The saved text shows in the static block before the editor loads, and in the editor once opened.
    await expect(again.locator('.editor-static pre').textContent()).resolves.toBe(fixed);
    await again.getByRole('button', { name: 'Edit & check' }).click();
    await expect.poll(() => editorText(again)).toBe(fixed);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('hints escalate; the solution asks first, shows a diff and counts as help; reset asks and can be undone', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/dockerfile-practices/`);
    const exercise = page.locator('.exercise[data-exercise-id="spot-the-bugs"]');
    await exercise.scrollIntoViewIfNeeded();
    const hint = exercise.getByRole('button', { name: 'Dica' });
    const visibleHints = () => exercise.locator('.exercise-hints > li:not([hidden])').count();
    expect(await visibleHints()).toBe(0);
    for (let n = 1; n <= 3; n++) {
      await hint.click();
      expect(await visibleHints()).toBe(n);
      await expect(exercise.locator('.exercise-message').textContent()).resolves.toBe(`Dica ${n} de 3.`);
    }
    await expect(hint.isDisabled()).resolves.toBe(true);

    // Cancelling the confirmation shows nothing.
    await exercise.getByRole('button', { name: 'Ver a solução' }).click();
    await exercise.locator('dialog').getByRole('button', { name: 'Cancelar' }).click();
    await expect(exercise.locator('.exercise-solution').isVisible()).resolves.toBe(false);
    await exercise.getByRole('button', { name: 'Ver a solução' }).click();
    await exercise.locator('dialog').getByRole('button', { name: 'Sim' }).click();
    await expect.poll(() => exercise.locator('.exercise-solution').isVisible()).toBe(true);
    await expect(exercise.locator('.exercise-diff .diff-added').count()).resolves.toBeGreaterThan(0);
    await exercise.getByRole('button', { name: 'Colocar a solução no editor' }).click();
    await expect.poll(() => exercise.locator('.exercise-status').textContent()).toBe('Concluído com ajuda');

    const before = await editorText(exercise);
    await exercise.getByRole('button', { name: 'Recomeçar' }).click();
    await exercise.locator('dialog').getByRole('button', { name: 'Sim' }).click();
    await expect.poll(() => editorText(exercise)).not.toBe(before);
    await expect(exercise.locator('.exercise-message').textContent()).resolves.toMatch(/Dockerfile inicial/);
    await exercise.getByRole('button', { name: 'Desfazer' }).click();
    await expect.poll(() => editorText(exercise)).toBe(before);
    // Hints shown are remembered.
    await page.reload();
    expect(await page.locator('.exercise[data-exercise-id="spot-the-bugs"] .exercise-hints > li:not([hidden])').count()).toBe(3);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`the confirmation is a centred modal over a dimmed page; Esc cancels (${viewport.width} px)`, async () => {
      const watched = await watchedPage(site, { viewport });
      const { page } = watched;
      await page.goto(`${site.origin}${lesson}`);
      const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
      await exercise.getByRole('button', { name: 'Show solution' }).click();
      const dialog = exercise.locator('dialog.exercise-confirm');
      await expect.poll(() => dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
      const box = (await dialog.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(2);
      expect(Math.abs(box.y + box.height / 2 - viewport.height / 2)).toBeLessThan(2);
      // The backdrop is drawn and catches the page: a click in the corner lands on the dialog, not the page behind.
      expect(await dialog.evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor)).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
      expect(await page.evaluate(() => document.elementFromPoint(3, 3)?.matches('dialog.exercise-confirm'))).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      await expect(exercise.locator('.exercise-solution').isVisible()).resolves.toBe(false);
      expect(watched.errors).toEqual([]);
      await watched.context.close();
    });
  }

  it('shows learner markup as text in the findings and the checklist', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.origin}${lesson}`);
    const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    await exercise.getByRole('button', { name: 'Edit & check' }).click();
    await expect.poll(() => exercise.locator('[data-requirement="every-base-tagged"]').getAttribute('data-passed')).toBe('false');
    await typeInEditor(page, exercise, 'FROM <img/src=x/onerror=alert(1)>\nRUN echo "</script><script>alert(2)</script>"');
    await expect.poll(() => exercise.locator('.editor-findings').textContent()).toContain('<img/src=x/onerror=alert(1)>');
    await expect.poll(() => exercise.locator('.exercise-checklist').textContent()).toMatch(/<img|FROM/);
    expect(await exercise.locator('.editor-findings img, .exercise-checklist img, .exercise script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});

describe('an exercise inside a deck slide', () => {
  it('typing arrows, space and letters in the editor never moves the deck', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    const slideId = await openDeckSlideWith(page, site.origin, '/en/dockerfile-practices/slides/', '.exercise[data-exercise-id="pin-base-image"]');
    const exercise = page.locator('.reveal section.present .exercise');
    await exercise.getByRole('button', { name: 'Edit & check' }).click();
    await expect.poll(() => exercise.locator('.monaco-editor').count()).toBe(1);
    await focusEditor(exercise);
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'Space', 'n', 'p', 'PageDown', 'End']) await page.keyboard.press(key);
    await page.keyboard.type('FROM x');
    expect(await page.evaluate(() => location.hash)).toBe(`#/${slideId}`);
    await expect(page.locator('.reveal section.present .exercise').count()).resolves.toBe(1);
    await page.screenshot({ path: `${screenshotDir}/deck-exercise.png` });
    // Outside the editor, the same key moves the deck again.
    await page.locator('.reveal section.present h2').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(`#/${slideId}`);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});
