// The editor when Monaco cannot load (offline before it was saved, blocked, broken): a plain textarea with the same
// checking, grading and saving as Monaco (live-feedback.ts), so an exercise can always be finished. No Monaco here:
// this chunk is small and precached with the page (src/features/offline/build/asset-plan.ts).
import { el, part } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import type { EditorApi } from './contract.ts';
import { startLiveFeedback } from './live-feedback.ts';

/** Replaces the static code block of `<dockerfile-editor>` with a textarea holding `text`, checked as the learner types. */
export function openPlainEditor(host: HTMLElement, text: string, t: Translate): EditorApi {
  const mount = part(host, '.editor-host');
  const noteId = `${host.dataset.editorId}-plain-note`;
  const note = el('p', { class: 'editor-plain-note', text: t('editor.plainFallback'), attrs: { id: noteId } });
  const area = el('textarea', {
    class: 'editor-plain',
    attrs: { 'aria-label': host.dataset.label ?? 'Dockerfile', 'aria-describedby': noteId, spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off' },
  });
  area.value = text;
  mount.replaceChildren(area);
  mount.before(note);

  const feedback = startLiveFeedback(host, t, () => area.value);
  area.addEventListener('input', () => feedback.changed());

  return {
    getValue: () => area.value,
    replaceAll(next) {
      // Typed in as one edit, so the browser's own undo (Ctrl+Z, or undo() below) brings the old text back.
      area.focus();
      area.select();
      if (!document.execCommand('insertText', false, next)) {
        area.value = next;
        feedback.changed();
      }
    },
    undo() {
      area.focus();
      document.execCommand('undo');
    },
    focus: () => area.focus(),
  };
}
