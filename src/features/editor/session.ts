import type { Lang } from '../../checker/index.ts';
import { pageProgressStore } from '../progress/page-store.ts';
import { EDITOR_TEXT_LIMIT } from '../progress/schema.ts';
import { draw, part } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import { CheckerClient } from './checker-client.ts';
import { EDITOR_RESULT, type EditorApi, type EditorResult } from './contract.ts';
import { findingsByModel, registerDockerfileFeatures } from './language-features.ts';
import { findingsToMarkers } from './markers.ts';
import { monaco } from './monaco.ts';
import { findingsView } from './view.ts';
import type { CheckResponse } from './worker/protocol.ts';

const FONT_KEY = 'ctrw:editor-font-size';
const MAX_MARKERS = 2000;
const SAVE_DELAY_MS = 400;

/** Turns the static code block of `<dockerfile-editor>` into a live Monaco editor holding `text`, with checker feedback. */
export function openEditor(host: HTMLElement, text: string, t: Translate): EditorApi {
  const lang = (document.documentElement.lang === 'pt-BR' ? 'pt-BR' : 'en') as Lang;
  const language = host.dataset.language === 'yaml' ? 'yaml' : 'dockerfile';
  if (language === 'dockerfile') registerDockerfileFeatures(monaco, lang, t);

  const mount = part(host, '.editor-host');
  const findingsList = host.querySelector<HTMLElement>('.editor-findings');
  const status = part(host, '.editor-status');
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

  // The status line shows what saving said and what checking said, side by side: neither hides the other.
  let saveMessage = '';
  let checkMessage = '';
  const showStatus = () => {
    status.textContent = [saveMessage, checkMessage].filter(Boolean).join(' ');
  };

  let lastSignature = '';
  const checker = new CheckerClient((response: CheckResponse) => {
    checkMessage = response.error
      ? t('editor.checkerFailed')
      : response.tooLarge
        ? t(response.tooLarge === 'size' ? 'editor.checkTooLarge' : 'editor.checkTooSlow')
        : '';
    showStatus();
    // Findings of an older text would point at the wrong lines: a text too large to check shows none.
    const findings = response.findings;
    findingsByModel.set(model, findings);
    // Most keystrokes leave the findings as they were: redraw only when they change.
    const signature = JSON.stringify(findings);
    if (signature !== lastSignature) {
      lastSignature = signature;
      // Thousands of squiggles help no one and slow the editor down; the list says how many there are.
      monaco.editor.setModelMarkers(model, 'checker', findingsToMarkers(monaco, findings.slice(0, MAX_MARKERS), location.origin));
      if (findingsList) {
        draw(findingsList, ...findingsView(findings, t));
        findingsList.dataset.count = String(findings.length);
      }
    }
    host.dispatchEvent(
      new CustomEvent<EditorResult>(EDITOR_RESULT, { detail: { text: model.getValue(), findings, grade: response.grade, error: response.error, tooLarge: response.tooLarge } }),
    );
  });
  const requestCheck = () => checker.check({ text: model.getValue(), lang, language, exerciseId: host.dataset.exercise });

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const text = model.getValue();
    // Editors keep their text in the learner's progress (one storage module for all progress).
    const result = pageProgressStore().saveEditorText(host.dataset.editorId!, text);
    if (result.ok) saveMessage = '';
    else if (text.length > EDITOR_TEXT_LIMIT) saveMessage = t('editor.tooLarge');
    else saveMessage = t(result.reason === 'quota' ? 'editor.quota' : 'editor.storageUnavailable');
    showStatus();
  };
  model.onDidChangeContent(() => {
    // Checked at once when the worker is idle; during a burst of keys the client keeps only the newest text.
    requestCheck();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  });
  // Never lose the last keystrokes: save right away when the tab is hidden or closed.
  const flush = () => saveTimer !== undefined && save();
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());

  // Follow the site's light/dark theme.
  new MutationObserver(() => monaco.editor.setTheme(themeName())).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  for (const button of host.querySelectorAll<HTMLButtonElement>('[data-editor-font]')) {
    button.addEventListener('click', () => {
      const next = Math.max(10, Math.min(32, (editor.getOption(monaco.editor.EditorOption.fontSize) as number) + Number(button.dataset.editorFont)));
      editor.updateOptions({ fontSize: next });
      localStorage.setItem(FONT_KEY, String(next));
    });
  }

  requestCheck();
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
