import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { editorText } from './editor.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const themes = ['light', 'dark'] as const;

/** A context in one theme, chosen the way a reader does (Starlight's stored choice) and matching the system's. */
async function themedContext(theme: (typeof themes)[number], options: Parameters<Site['browser']['newContext']>[0] = {}) {
  const watched = await watchedPage(site, { colorScheme: theme, ...options });
  await watched.context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  return watched;
}

/** What the focused element looks like: its outline and shadow, the marks of a focus ring. */
const focusLook = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const look = (s: CSSStyleDeclaration) => `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow} | ${s.backgroundColor} | ${s.textDecorationLine}`;
    const focused = look(style);
    // The same element's look without focus: a clone in the same place carries no :focus state.
    const clone = el.cloneNode(true) as HTMLElement;
    clone.removeAttribute('id');
    clone.setAttribute('aria-hidden', 'true');
    el.after(clone);
    const unfocused = look(getComputedStyle(clone));
    clone.remove();
    const label = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    return { label, focused, unfocused, visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
  });

/** Presses Tab until `target` has focus (at most `limit` times). */
async function tabUntil(page: Page, target: ReturnType<Page['locator']>, limit: number): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

const focusedInside = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

describe('accessibility', () => {
  it('an exercise works from the keyboard alone: Tab to "Edit & check", Enter, type, Escape out, Tab to Hint, Enter', async () => {
    const { page, context, errors } = await themedContext('light');
    await page.goto(`${site.origin}/en/dockerfile-practices/`);
    const exercise = page.locator('.exercise[data-exercise-id="pin-base-image"]');
    const open = exercise.getByRole('button', { name: 'Edit & check' });
    await tabUntil(page, open, 400);
    await page.keyboard.press('Enter');
    await exercise.locator('.monaco-editor').waitFor();
    await expect.poll(() => focusedInside(page, '.monaco-editor')).toBe(true);
    // Graded once: the editor holds the starter and listens.
    await expect.poll(() => exercise.locator('[data-requirement][data-passed="unknown"]').count()).toBe(0);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# typed from the keyboard');
    await expect.poll(() => editorText(exercise)).toContain('typed from the keyboard');
    await page.keyboard.press('Escape');
    expect(await focusedInside(page, '.monaco-editor')).toBe(false);
    await tabUntil(page, exercise.getByRole('button', { name: 'Hint' }), 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => exercise.locator('.exercise-hints > li').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${screenshotDir}/a11y-keyboard-hint.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a deck works from the keyboard alone: arrows, space, Home, End, and the reading-view link', async () => {
    const { page, context, errors } = await themedContext('dark');
    await page.goto(`${site.origin}/en/history/slides/`);
    await page.waitForSelector('html[data-deck-ready]');
    const slideNumber = async () => (await page.locator('.reveal .slide-number').innerText()).replace(/\s+/g, '');
    await expect.poll(slideNumber).toMatch(/^1\//);
    await page.keyboard.press('ArrowRight');
    await expect.poll(slideNumber).toMatch(/^2\//);
    await page.keyboard.press(' ');
    await expect.poll(slideNumber).not.toMatch(/^2\//);
    await page.keyboard.press('End');
    await expect.poll(async () => {
      const [current, total] = (await slideNumber()).split('/');
      return current === total;
    }).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(slideNumber).toMatch(/^1\//);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/slide-\d+$/);
    const slide = (await page.evaluate(() => location.hash)).slice(2);
    // The reading-view link, reached and followed by keyboard, opens the reading page at the same slide.
    await tabUntil(page, page.locator('a[data-view-switch="reading"]'), 20);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/en/history/#${slide}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('decks turn transitions off when the system asks for reduced motion', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page, context } = await themedContext('dark', { reducedMotion });
      await page.goto(`${site.origin}/pt-br/cgroups/slides/`);
      await page.waitForSelector('html[data-deck-ready]');
      // reveal.js names the transition as a class of the deck.
      const classes = (await page.locator('.reveal').getAttribute('class'))!.split(' ');
      expect(classes.includes('none'), reducedMotion).toBe(reducedMotion === 'reduce');
      expect(classes.includes('slide'), reducedMotion).toBe(reducedMotion !== 'reduce');
      await context.close();
    }
  });

  it('every element reached with Tab shows it has focus', async () => {
    const missing: string[] = [];
    for (const theme of themes) {
      const { page, context } = await themedContext(theme);
      for (const path of ['/', '/en/dockerfile-practices/', '/pt-br/playground/', '/en/rules/', '/pt-br/progress/', '/en/history/slides/']) {
        await page.goto(`${site.origin}${path}`);
        await page.waitForLoadState('networkidle');
        const seen = new Set<string>();
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          if (await focusedInside(page, '.monaco-editor')) continue;
          const look = await focusLook(page);
          if (!look || seen.has(look.label)) continue;
          seen.add(look.label);
          if (!look.visible && look.focused === look.unfocused) missing.push(`${path} [${theme}] ${look.label}`);
        }
      }
      await context.close();
    }
    expect(missing).toEqual([]);
  });
});
