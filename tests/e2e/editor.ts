import type { Locator, Page } from 'playwright-core';

/** Focuses the Monaco editor inside `scope` (its hidden input, whichever kind this Monaco uses). */
export async function focusEditor(scope: Locator): Promise<void> {
  await scope.locator('.monaco-editor .native-edit-context, .monaco-editor textarea').first().focus();
}

/** Replaces the editor's whole text by typing it, as a learner would (select all, type). */
export async function typeInEditor(page: Page, scope: Locator, text: string): Promise<void> {
  await focusEditor(scope);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Monaco auto-indents and auto-closes brackets; insert line by line to type exactly the text given.
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    await page.keyboard.insertText(line);
    if (i < lines.length - 1) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Delete');
    }
  }
}

/** The text Monaco holds, read from its view lines (what the learner sees). */
export async function editorText(scope: Locator): Promise<string> {
  return scope.locator('.monaco-editor .view-lines').evaluate((el) =>
    [...el.querySelectorAll('.view-line')]
      .map((line) => ({ top: parseFloat((line as HTMLElement).style.top), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text)
      .join('\n'),
  );
}
