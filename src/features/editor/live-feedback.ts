// What both editors (Monaco in session.ts, the plain textarea in textarea-session.ts) do around the text: check it
// as the learner types, save it in their progress, say so on the status line, list the findings and send the
// `editor-result` event that the exercise and the playground listen to.
import type { Finding, Lang } from '../../checker/index.ts';
import { pageProgressStore } from '../progress/page-store.ts';
import { EDITOR_TEXT_LIMIT } from '../progress/schema.ts';
import { draw, part } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import { CheckerClient } from './checker-client.ts';
import { EDITOR_RESULT, type EditorResult } from './contract.ts';
import { findingsView } from './view.ts';
import type { CheckResponse } from './worker/protocol.ts';

const SAVE_DELAY_MS = 400;

export interface LiveFeedback {
  /** Call after every change of the text: it is checked at once and saved a moment later. */
  changed(): void;
}

export const pageLang = (): Lang => (document.documentElement.lang === 'pt-BR' ? 'pt-BR' : 'en');
export const editorLanguage = (host: HTMLElement): 'dockerfile' | 'yaml' => (host.dataset.language === 'yaml' ? 'yaml' : 'dockerfile');

/** Starts checking and saving the text `getText` returns; `showFindings` draws them in the editor itself (squiggles). */
export function startLiveFeedback(
  host: HTMLElement,
  t: Translate,
  getText: () => string,
  showFindings: (findings: Finding[]) => void = () => undefined,
): LiveFeedback {
  const lang = pageLang();
  const language = editorLanguage(host);
  const findingsList = host.querySelector<HTMLElement>('.editor-findings');
  const status = part(host, '.editor-status');

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
    // Most keystrokes leave the findings as they were: redraw only when they change.
    const signature = JSON.stringify(findings);
    if (signature !== lastSignature) {
      lastSignature = signature;
      showFindings(findings);
      if (findingsList) {
        draw(findingsList, ...findingsView(findings, t));
        findingsList.dataset.count = String(findings.length);
      }
    }
    host.dispatchEvent(
      new CustomEvent<EditorResult>(EDITOR_RESULT, { detail: { text: getText(), findings, grade: response.grade, error: response.error, tooLarge: response.tooLarge } }),
    );
  });
  const requestCheck = () => checker.check({ text: getText(), lang, language, exerciseId: host.dataset.exercise });

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const text = getText();
    // Editors keep their text in the learner's progress (one storage module for all progress).
    const result = pageProgressStore().saveEditorText(host.dataset.editorId!, text);
    if (result.ok) saveMessage = '';
    else if (text.length > EDITOR_TEXT_LIMIT) saveMessage = t('editor.tooLarge');
    else saveMessage = t(result.reason === 'quota' ? 'editor.quota' : 'editor.storageUnavailable');
    showStatus();
  };
  // Never lose the last keystrokes: save right away when the tab is hidden or closed.
  const flush = () => saveTimer !== undefined && save();
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());

  requestCheck();
  return {
    changed() {
      // Checked at once when the worker is idle; during a burst of keys the client keeps only the newest text.
      requestCheck();
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_DELAY_MS);
    },
  };
}
