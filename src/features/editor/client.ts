import type { Island } from '../../ui/island.ts';
import { editorIn, savedText } from './handle.ts';

/** Shows the learner's saved text in the static block and opens Monaco when they ask for it. */
export function start({ host }: Island): void {
  const editor = editorIn(host);
  const saved = savedText(host);
  if (saved !== undefined && saved !== editor.starter) {
    const code = host.querySelector<HTMLElement>('.editor-static pre code');
    if (code) code.textContent = saved;
    host.dataset.restored = '';
  }
  // A failed load is shown in the editor's status line; the next click tries again.
  const open = () => editor.open().catch(() => undefined);
  host.querySelector('[data-editor-action="open"]')?.addEventListener('click', open);
  host.querySelector('.editor-static pre')?.addEventListener('focus', open);
}
