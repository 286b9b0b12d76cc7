import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, screenshotDir, watchedPage, type Site } from './browser.ts';
import { editorText, focusEditor, typeInEditor } from './editor.ts';
import type { Page } from 'playwright-core';

/** The playground shows a code block until the learner asks for the editor. */
async function openEditor(page: Page): Promise<void> {
  await page.locator('dockerfile-editor').getByRole('button', { name: /Edit & check|Editar e checar/ }).click();
  await page.waitForSelector('.editor-findings li');
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const hostile = 'FROM <img/src=x/onerror=alert(1)>\nRUN echo "</script><script>alert(2)</script>"\nMAINTAINER <b>me</b>';

describe('Dockerfile playground', () => {
  it('checks as you type, shows hostile text as text, and keeps it after a reload', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.origin}/en/playground/`);
    const editor = page.locator('dockerfile-editor');
    await openEditor(page);
    await typeInEditor(page, editor, hostile);
    const findings = page.locator('.editor-findings li');
    await expect.poll(() => findings.allTextContents()).toContainEqual(expect.stringContaining('<img/src=x/onerror=alert(1)>'));
    // Shown as text: no element was created from the learner's markup, and nothing ran.
    expect(await page.locator('.editor-findings img, .editor-findings b, .editor-findings script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/playground-hostile.png` });
    await page.waitForTimeout(600); // autosave debounce
    await page.reload();
    // Before the editor opens, the saved text already shows, as plain text.
    await expect(editor.locator('.editor-static pre').textContent()).resolves.toBe(hostile);
    await openEditor(page);
    expect(await editorText(editor)).toBe(hostile);
    expect(dialogs).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it('a share link carries the Dockerfile to a fresh browser, and a damaged link keeps your text', async () => {
    const first = await watchedPage(site);
    await first.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await first.page.goto(`${site.origin}/pt-br/playground/`);
    const text = 'FROM python:3.12-slim\nRUN pip install flask\nCMD ["python", "app.py"]';
    await openEditor(first.page);
    await typeInEditor(first.page, first.page.locator('dockerfile-editor'), text);
    await first.page.getByRole('button', { name: 'Copiar link' }).click();
    await expect.poll(() => first.page.locator('.playground-message').textContent()).toMatch(/Link copiado/);
    const url = first.page.url();
    expect(url).toMatch(/#code=[A-Za-z0-9_-]+$/);
    await first.context.close();

    const second = await watchedPage(site);
    await second.page.goto(url);
    await second.page.waitForSelector('.editor-findings li');
    await expect.poll(() => editorText(second.page.locator('dockerfile-editor'))).toBe(text);
    // A damaged link (only the hash changes, so the open editor stays): a clear message, and the text stays.
    await second.page.goto(`${site.origin}/pt-br/playground/#code=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    await expect.poll(() => second.page.locator('.playground-message').textContent()).toMatch(/corrompido/);
    expect(await editorText(second.page.locator('dockerfile-editor'))).toBe(text);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('Ctrl+. applies a quick fix; Escape leaves the editor; the text size and theme follow the controls', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/playground/`);
    const editor = page.locator('dockerfile-editor');
    await openEditor(page);
    await typeInEditor(page, editor, 'FROM alpine:3.20\nMAINTAINER me@example.com');
    await expect.poll(() => page.locator('.editor-findings li').allTextContents()).toContainEqual(expect.stringContaining('maintainer-deprecated'));
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget, .context-view').getByText(/Fix:/).first().click();
    await expect.poll(() => editorText(editor)).toMatch(/^FROM alpine:3\.20\nLABEL /);
    await expect.poll(() => page.locator('.editor-findings li').allTextContents()).not.toContainEqual(expect.stringContaining('maintainer-deprecated'));

    await focusEditor(editor);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('editor-hint'))).toBe(true);

    const fontSize = () => editor.locator('.view-line').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await fontSize();
    await editor.getByRole('button', { name: 'Larger text' }).click();
    expect(await fontSize()).toBe(before + 2);

    const monacoTheme = () => editor.locator('.monaco-editor').first().evaluate((el) => (el.classList.contains('vs-dark') ? 'dark' : 'light'));
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await expect.poll(monacoTheme).toBe('light');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await expect.poll(monacoTheme).toBe('dark');
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });

  it('a 1 MB paste is checked without freezing the page and is kept in the tab with a clear message', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/playground/`);
    const editor = page.locator('dockerfile-editor');
    await openEditor(page);
    const big = `FROM alpine:3.20\n${'RUN echo "layer" && apt-get install curl\n'.repeat(25_000)}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), big);
    await focusEditor(editor);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await expect.poll(() => editor.locator('.editor-status').textContent(), { timeout: 20_000 }).toMatch(/over 200 KB/);
    await expect.poll(() => page.locator('.editor-findings .finding-more').textContent(), { timeout: 30_000 }).toMatch(/Showing the first 200 of 75002 findings/);
    // The page still answers.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});

describe('editor help while typing', () => {
  it('hovering a squiggle shows the message with a link to the rule; hovering an instruction shows its reference; completion offers instructions', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/en/playground/`);
    const editor = page.locator('dockerfile-editor');
    await openEditor(page);
    await typeInEditor(page, editor, 'FROM alpine:3.20\nADD app.sh /app/');
    await expect.poll(() => page.locator('.editor-findings').textContent()).toContain('prefer-copy-over-add');
    // The marker hover: the rule's message and a link to its page.
    // Move the mouse onto the squiggle the way a person does (Monaco reacts to movement, not a single jump).
    const box = (await editor.locator('.view-line').nth(1).locator('span', { hasText: 'ADD' }).first().boundingBox())!;
    await page.mouse.move(box.x - 20, box.y - 20);
    await page.mouse.move(box.x + 5, box.y + box.height / 2, { steps: 8 });
    const hover = page.locator('.monaco-hover:not(.hidden)');
    await expect.poll(() => hover.textContent()).toContain('Use COPY instead of ADD');
    await expect.poll(() => hover.locator('a', { hasText: 'prefer-copy-over-add' }).count()).toBeGreaterThan(0);
    // The instruction reference (our own docs, in the page's language) sits in the same hover.
    await expect.poll(() => hover.textContent()).toContain('Like COPY, but also fetches URLs');
    // Completion of instructions at the start of a line.
    await focusEditor(editor);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('HEALTH');
    await page.keyboard.press('Control+Space');
    await expect.poll(() => page.locator('.suggest-widget .monaco-list-row').allTextContents()).toContainEqual(expect.stringContaining('HEALTHCHECK'));
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(editor)).toContain('HEALTHCHECK ');
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});
