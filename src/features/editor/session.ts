import type { Finding, Lang } from '../../checker/index.ts';
import type { CheckResponse, GradeResult } from './worker/protocol.ts';
import { monaco } from './monaco.ts';
import { CheckerClient } from './checker-client.ts';
import { findingsToMarkers } from './markers.ts';
import { findingsByModel, registerDockerfileFeatures } from './language-features.ts';
import { renderFindings } from './view.ts';
import { EDITOR_TEXT_LIMIT } from '../../progress/schema.ts';
import type { SaveResult } from '../../progress/store.ts';

export interface EditorResult {
  text: string;
  findings: Finding[];
  grade?: GradeResult;
  error?: string;
  /** The text was not checked as typed: too large (`size`) or too slow to check (`time`). */
  tooLarge?: 'size' | 'time';
}

export interface EditorApi {
  getValue(): string;
  /** Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back). */
  replaceAll(text: string): void;
  undo(): void;
  focus(): void;
}

/** What the editor needs from the element it opens in (`<dockerfile-editor>`, scripts/editor/element.ts). */
export interface EditorMount extends HTMLElement {
  readonly language: 'dockerfile' | 'yaml';
  currentText(): string;
  saveText(text: string): SaveResult;
  /** The page's wording for a message key. */
  text(key: string): string;
}

const FONT_KEY = 'ctrw:editor-font-size';
const MAX_MARKERS = 2000;
const SAVE_DELAY_MS = 400;

/** Turns the static code block of an editor host into a live Monaco editor with checker feedback. */
export function openEditor(host: EditorMount): EditorApi {
  const lang = (document.documentElement.lang === 'pt-BR' ? 'pt-BR' : 'en') as Lang;
  const language = host.language;
  if (language === 'dockerfile') registerDockerfileFeatures(monaco, lang);

  const mount = host.querySelector<HTMLElement>('.editor-host')!;
  const findingsList = host.querySelector<HTMLElement>('.editor-findings');
  const status = host.querySelector<HTMLElement>('.editor-status')!;
  const fontSize = Number(localStorage.getItem(FONT_KEY)) || 15;
  const editor = monaco.editor.create(mount, {
    value: host.currentText(),
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

  // Keys typed in the editor belong to the editor: a reveal.js deck around it must not see them.
  mount.addEventListener('keydown', (event) => event.stopPropagation());
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
      ? host.text('editor.checkerFailed')
      : response.tooLarge
        ? host.text(response.tooLarge === 'size' ? 'editor.checkTooLarge' : 'editor.checkTooSlow')
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
      if (findingsList) renderFindings(findingsList, findings, lang);
    }
    host.dispatchEvent(
      new CustomEvent<EditorResult>('editor-result', { detail: { text: model.getValue(), findings, grade: response.grade, error: response.error, tooLarge: response.tooLarge } }),
    );
  });
  const requestCheck = () => checker.check({ text: model.getValue(), lang, language, exerciseId: host.dataset.exercise });

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const text = model.getValue();
    const result = host.saveText(text);
    if (result.ok) saveMessage = '';
    else if (text.length > EDITOR_TEXT_LIMIT) saveMessage = host.text('editor.tooLarge');
    else saveMessage = host.text(result.reason === 'quota' ? 'editor.quota' : 'editor.storageUnavailable');
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
