// The workspace in Chromium: on a wide screen an exercise's checklist stays in view beside the editor while the learner
// types, and a Linux lab's terminal sits beside its steps; on a phone a strip sticks above the editor with the score
// and the next unmet requirement, follows the grading, and a tap on it shows the checklist.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { typeInEditor } from './editor.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box`);
  return box;
}

/** Wholly on screen: what the learner sees without scrolling. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await boxOf(locator);
  const { width, height } = page.viewportSize()!;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

/** Nothing painted over the middle of it (a fixed bar, the sticky strip). */
const onTop = (locator: Locator) =>
  locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return !!hit && el.contains(hit);
  });

async function openExercise(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(`${site.origin}${path}`);
  const exercise = page.locator(`.exercise[data-exercise-id="${id}"]`);
  await exercise.scrollIntoViewIfNeeded();
  await exercise.locator('.editor-open').click();
  await exercise.locator('.monaco-editor').waitFor();
  return exercise;
}

const starter = (base: string, final: string) =>
  [`FROM ${base} AS build`, 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build', '', `FROM ${final}`, 'COPY --from=build /app/dist /usr/share/nginx/html'].join('\n');

describe('workspace: exercise and Linux lab on a wide screen', () => {
  it('1440×900: the checklist stays beside the editor, both in view, while the learner types', async () => {
    const watched = await watchedPage(site, { viewport: { width: 1440, height: 900 } });
    const { page } = watched;
    const exercise = await openExercise(page, '/en/dockerfile-practices/', 'pin-base-image');
    const checklist = exercise.locator('.exercise-checklist');
    const editor = exercise.locator('.monaco-editor');
    // The learner brings the editor to the middle of the screen, as when starting to type.
    await editor.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await typeInEditor(page, exercise, starter('node:22.11-alpine', 'nginx'));
    await expect.poll(() => exercise.locator('[data-requirement="no-latest"]').getAttribute('data-passed'), { timeout: 30_000 }).toBe('true');

    expect(await inView(page, checklist)).toBe(true);
    expect(await inView(page, editor)).toBe(true);
    expect(await inView(page, exercise.locator('.exercise-score'))).toBe(true);
    const [list, code] = [await boxOf(checklist), await boxOf(editor)];
    expect(list.x + list.width).toBeLessThanOrEqual(code.x);
    // The strip is for one-column layouts only.
    expect(await exercise.locator('.exercise-strip').isVisible()).toBe(false);
    await page.screenshot({ path: `${screenshotDir}/workspace-exercise-desktop.png` });

    // Typing further down the editor: the page scrolls, the checklist still does not leave.
    await page.mouse.wheel(0, 250);
    await expect.poll(() => inView(page, checklist)).toBe(true);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });

  it('1440×900 (pt-BR): the Linux lab puts its terminal beside the steps, both in view once started', { timeout: 120_000 }, async () => {
    const watched = await watchedPage(site, { viewport: { width: 1440, height: 900 } });
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/cgroups/`);
    const lab = page.locator('linux-lab[data-lab-id="cgroups"]');
    const steps = lab.locator('.linux-lab-steps');
    await steps.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const start = lab.getByRole('button', { name: 'Iniciar o laboratório' });
    // Before the click: the machine's column (download note, then Start) already sits beside the first step.
    const first = await boxOf(lab.locator('.linux-lab-step').first());
    const [machine, button] = [await boxOf(lab.locator('.linux-lab-machine')), await boxOf(start)];
    expect(first.x + first.width).toBeLessThanOrEqual(button.x);
    expect(machine.y).toBeLessThan(first.y + first.height);
    expect(await inView(page, start)).toBe(true);

    await start.click();
    await expect.poll(() => lab.getAttribute('data-state'), { timeout: 90_000 }).toBe('running');
    const terminal = lab.locator('.linux-lab-terminal');
    const [list, term] = [await boxOf(steps), await boxOf(terminal)];
    expect(list.x + list.width).toBeLessThanOrEqual(term.x);
    expect(term.y).toBeLessThan(list.y + list.height);
    expect(await inView(page, terminal)).toBe(true);
    // Reading down to the last step: the terminal stays beside it.
    const last = lab.locator('.linux-lab-step').last();
    await last.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect.poll(() => inView(page, terminal)).toBe(true);
    expect(await inView(page, last.locator('.linux-lab-goal'))).toBe(true);
    await page.screenshot({ path: `${screenshotDir}/workspace-lab-desktop.png` });
    await watched.context.close();
  });
});

describe('workspace: the status strip on a phone', () => {
  it('390×844 (pt-BR): the strip stays above the editor while typing, follows the grading, and leads to the checklist', async () => {
    const watched = await watchedPage(site, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page } = watched;
    await page.goto(`${site.origin}/pt-br/dockerfile-practices/`);
    const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    const strip = exercise.locator('.exercise-strip');
    const requirementText = (id: string) => exercise.locator(`[data-requirement="${id}"] .exercise-requirement`).innerText();
    // Before any grade: how many requirements there are, and the first one.
    expect(await strip.locator('.exercise-strip-count').innerText()).toBe('3 requisitos');
    expect(await strip.locator('.exercise-strip-requirement').innerText()).toBe(await requirementText('every-base-tagged'));
    await exercise.locator('.editor-open').click();
    await exercise.locator('.monaco-editor').waitFor();

    // The learner scrolls the editor to the top of the screen and types.
    await exercise.locator('.monaco-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await typeInEditor(page, exercise, starter('node:latest', 'nginx:1.27-alpine'));
    await expect.poll(() => strip.locator('.exercise-strip-count').innerText(), { timeout: 30_000 }).toBe('2/3 requisitos');
    expect(await strip.locator('.exercise-strip-label').innerText()).toBe('Próximo:');
    expect(await strip.locator('.exercise-strip-requirement').innerText()).toBe(await requirementText('no-latest'));
    expect(await inView(page, strip)).toBe(true);
    expect(await onTop(strip)).toBe(true);
    // The checklist itself is off screen: the strip is what tells the learner where they stand.
    expect(await inView(page, exercise.locator('.exercise-checklist'))).toBe(false);
    // The line being typed is not under the strip.
    const [bar, cursor] = [await boxOf(strip), await boxOf(exercise.locator('.monaco-editor .cursor').first())];
    expect(cursor.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    await page.screenshot({ path: `${screenshotDir}/workspace-strip-phone.png` });

    await typeInEditor(page, exercise, starter('node:22.11-alpine', 'nginx:1.27-alpine'));
    await expect.poll(() => strip.locator('.exercise-strip-count').innerText()).toBe('3/3 requisitos');
    expect(await strip.locator('.exercise-strip-label').innerText()).toBe('Todos os requisitos atendidos');
    expect(await strip.locator('.exercise-strip-requirement').innerText()).toBe('');
    expect(await inView(page, strip)).toBe(true);

    await strip.tap();
    await expect.poll(() => inView(page, exercise.locator('.exercise-score'))).toBe(true);
    expect(await exercise.locator('.exercise-score').innerText()).toBe('Nota: 100/100');
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});
