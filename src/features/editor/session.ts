import { part } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import type { EditorApi } from './contract.ts';
import { findingsByModel, registerDockerfileFeatures } from './language-features.ts';
import { editorLanguage, pageLang, startLiveFeedback } from './live-feedback.ts';
import { findingsToMarkers } from './markers.ts';
import { monaco } from './monaco.ts';

const FONT_KEY = 'ctrw:editor-font-size';
const MAX_MARKERS = 2000;

/** Turns the static code block of `<dockerfile-editor>` into a live Monaco editor holding `text`, with checker feedback. */
export function openEditor(host: HTMLElement, text: string, t: Translate): EditorApi {
  const language = editorLanguage(host);
  if (language === 'dockerfile') registerDockerfileFeatures(monaco, pageLang(), t);

  const mount = part(host, '.editor-host');
  const fontSize = Number(localStorage.getItem(FONT_KEY)) || 15;
  const editor = monaco.editor.create(mount, {
    value: text,
    language,
    theme: themeName(),
    fontSize,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: 2,
    lineNumbersMinChars: 3,
    wordWrap: 'on',
    ariaLabel: host.dataset.label ?? 'Dockerfile',
    accessibilitySupport: 'auto',
    fixedOverflowWidgets: true,
    renderValidationDecorations: 'on',
    // Features that would start Monaco's own worker (≈ 92 KB gzip) for little use in a Dockerfile: off.
    wordBasedSuggestions: 'off',
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
    links: false,
    occurrencesHighlight: 'off',
    colorDecorators: false,
  });
  const model = editor.getModel()!;

  // Escape leaves the editor (when no widget is open), so keyboard users are never trapped in it.
  editor.addCommand(
    monaco.KeyCode.Escape,
    () => host.querySelector<HTMLElement>('[data-editor-action="leave"]')?.focus(),
    '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !markersNavigationVisible && !inSnippetMode',
  );

  const feedback = startLiveFeedback(host, t, () => model.getValue(), (findings) => {
    findingsByModel.set(model, findings);
    // Thousands of squiggles help no one and slow the editor down; the list says how many there are.
    monaco.editor.setModelMarkers(model, 'checker', findingsToMarkers(monaco, findings.slice(0, MAX_MARKERS), location.origin));
  });
  model.onDidChangeContent(() => feedback.changed());

  // Follow the site's light/dark theme.
  new MutationObserver(() => monaco.editor.setTheme(themeName())).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  for (const button of host.querySelectorAll<HTMLButtonElement>('[data-editor-font]')) {
    button.addEventListener('click', () => {
      const next = Math.max(10, Math.min(32, (editor.getOption(monaco.editor.EditorOption.fontSize) as number) + Number(button.dataset.editorFont)));
      editor.updateOptions({ fontSize: next });
      localStorage.setItem(FONT_KEY, String(next));
    });
  }

  const api: EditorApi = {
    getValue: () => model.getValue(),
    replaceAll(text) {
      editor.pushUndoStop();
      editor.executeEdits('replace-all', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
      editor.focus();
    },
    undo: () => editor.trigger('exercise', 'undo', null),
    focus: () => editor.focus(),
  };
  return api;
}

function themeName(): string {
  return document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark';
}
