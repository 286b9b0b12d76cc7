// The Linux lab's terminal as the e2e tests read and type into it (xterm.js DOM renderer).
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the terminal shows, one string per row. */
export const screen = (lab: Locator) => lab.locator('.xterm-rows').innerText();

/** The last non-empty row. */
export const lastLine = async (lab: Locator) => (await screen(lab)).split('\n').map((l) => l.trimEnd()).filter(Boolean).at(-1) ?? '';

/** The screen's text without spaces or line breaks (a long command wraps over rows). */
const squeezed = async (lab: Locator) => (await screen(lab)).replace(/\s+/g, '');

/** '' once the step is marked done, null before. */
export const stepDone = (lab: Locator, id: string) => lab.locator(`.linux-lab-step[data-step-id="${id}"]`).getAttribute('data-done');

/**
 * Types a line as a person does; once the shell has echoed it, presses Enter and waits for the next prompt (an empty
 * prompt line) before reading on: the step checks read finished commands, typing ahead is not what they are built for.
 */
export async function typeLine(page: Page, lab: Locator, line: string): Promise<void> {
  // A learner looks at the terminal they type into (and xterm.js does not draw one scrolled out of view).
  await lab.locator('.xterm-screen').scrollIntoViewIfNeeded();
  await lab.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  const echoed = line.replace(/\s+/g, '');
  await expect.poll(async () => (await squeezed(lab)).endsWith(echoed), { timeout: 10_000, interval: 50 }).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => lastLine(lab), { timeout: 60_000, interval: 50 }).toMatch(/^root@[\w.-]+:[^#]*#$/);
  await page.waitForTimeout(150);
}
