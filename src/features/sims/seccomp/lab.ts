// The running lab: a Monaco JSON editor checked against the profile schema, presets, capability toggles, the
// traces re-run on every edit, and the two graded challenges. Loaded only when the learner starts the lab.
import { monaco, jsonDefaults } from './monaco-json.ts';
import schema from './model/data/seccomp-profile.schema.json' with { type: 'json' };
import { draw, part } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import { pageProgressStore } from '../../progress/page-store.ts';
import { EDITOR_TEXT_LIMIT } from '../../progress/schema.ts';
import { traceView } from './model/describe-run.ts';
import {
  LAB_CHALLENGE_IDS, gradeMkdirEperm, gradeSmallestWebServer, labContainer, parseProfile, presetText, runTraces, type LabChallengeId, type LabPresetId,
} from './model/lab.ts';
import type { SeccompProfile } from './model/profile.ts';
import { checkItems, summaryRows, traceItems, validationParts, type ChallengeCheck } from './view.ts';

const RUN_DELAY_MS = 120;
const SAVE_DELAY_MS = 400;

/** What the lab needs from the page: its element, its id in the progress store, its strings and the text to start from. */
export interface SeccompLabHost {
  root: HTMLElement;
  labId: string;
  t: Translate;
  /** The learner's saved profile, else the starter. */
  text: string;
}

export function startLab({ root: host, labId, t, text: startText }: SeccompLabHost): void {
  const store = pageProgressStore();
  const find = <E extends HTMLElement = HTMLElement>(selector: string) => part<E>(host, selector);
  const results = find('.lab-results');
  const validation = find('.lab-validation');
  const saveStatus = find('.lab-save');
  const message = find('.lab-message');
  const status = find('.lab-status');
  const title = find('.lab-title');
  title.tabIndex = -1;
  find('.lab-traces').hidden = false;

  const modelUri = monaco.Uri.parse(`inmemory://seccomp-lab/${labId}.json`);
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    comments: 'error',
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: schema.$id, fileMatch: [modelUri.toString()], schema }],
  });
  const model = monaco.editor.getModel(modelUri) ?? monaco.editor.createModel(startText, 'json', modelUri);
  const editor = monaco.editor.create(find('.lab-editor'), {
    model,
    theme: themeName(),
    fontSize: 14,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: 2,
    lineNumbersMinChars: 3,
    ariaLabel: t('seccompLab.editorLabel'),
    accessibilitySupport: 'auto',
    fixedOverflowWidgets: true,
  });
  // Escape leaves the editor (when no widget is open), so keyboard users are never trapped in it.
  editor.addCommand(monaco.KeyCode.Escape, () => title.focus(), '!suggestWidgetVisible && !findWidgetVisible && !markersNavigationVisible && !inSnippetMode');
  new MutationObserver(() => monaco.editor.setTheme(themeName())).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  const capabilities = () => [...host.querySelectorAll<HTMLInputElement>('.lab-caps input:checked')].map((input) => input.value);
  let lastValid: SeccompProfile | null = null;

  const run = () => {
    const parsed = parseProfile(model.getValue());
    validation.dataset.valid = String(parsed.errors.length === 0);
    draw(validation, ...validationParts(parsed.errors, parsed.warnings, t));
    if (parsed.profile) lastValid = parsed.profile;
    results.toggleAttribute('data-stale', !parsed.profile);
    if (!lastValid) return;
    const views = runTraces(lastValid, labContainer(capabilities())).map((traceRun) => traceView(traceRun, t));
    const traces = find('.lab-traces');
    // Call lists the learner opened stay open across runs.
    const open = new Set([...traces.querySelectorAll<HTMLElement>('.lab-trace:has(details[open])')].map((li) => li.dataset.program!));
    draw(traces, ...traceItems(views, t, open));
    draw(find('.lab-table tbody'), ...summaryRows(views));
    if (parsed.profile) gradeChallenges(parsed.profile);
  };

  const gradeChallenges = (profile: SeccompProfile) => {
    const web = gradeSmallestWebServer(profile);
    const mkdir = gradeMkdirEperm(profile);
    const checks: Record<LabChallengeId, ChallengeCheck[]> = {
      'smallest-web-server': [
        { passed: web.defaultDenies, text: t('seccompLab.check.defaultDenies') },
        { passed: web.serverRuns, text: t('seccompLab.check.serverRuns') },
        {
          passed: web.defaultDenies && web.allowedCount! <= web.referenceCount,
          text: web.allowedCount === null ? t('seccompLab.check.countAll') : t('seccompLab.check.count', { count: web.allowedCount, reference: web.referenceCount }),
        },
        ...(web.beatsReference ? [{ passed: true, text: t('seccompLab.check.beats') }] : []),
      ],
      'mkdir-eperm': [
        { passed: mkdir.mkdirEperm, text: t('seccompLab.check.mkdirEperm') },
        { passed: mkdir.othersRun, text: t('seccompLab.check.othersRun') },
      ],
    };
    const passed: Record<LabChallengeId, boolean> = { 'smallest-web-server': web.passed, 'mkdir-eperm': mkdir.passed };
    for (const id of LAB_CHALLENGE_IDS) {
      const item = find(`.lab-challenge[data-challenge="${id}"]`);
      item.dataset.passed = String(passed[id]);
      draw(part(item, '.challenge-checks'), ...checkItems(checks[id], t));
      const done = store.getLab(labId)?.stepsDone.includes(id) ?? false;
      if (passed[id] && !done) {
        store.markLabStep(labId, id);
        message.textContent = t('seccompLab.completed', { title: part(item, '.challenge-title strong').textContent ?? id });
      }
      if (passed[id] || done) {
        item.dataset.done = '';
        part(item, '.challenge-status').textContent = t('seccompLab.status.done');
      }
    }
  };

  let runTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const text = model.getValue();
    const result = store.saveEditorText(labId, text);
    if (result.ok) saveStatus.textContent = '';
    else if (text.length > EDITOR_TEXT_LIMIT) saveStatus.textContent = t('editor.tooLarge');
    else saveStatus.textContent = t(result.reason === 'quota' ? 'editor.quota' : 'editor.storageUnavailable');
  };
  model.onDidChangeContent(() => {
    clearTimeout(runTimer);
    runTimer = setTimeout(run, RUN_DELAY_MS);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  });
  // Never lose the last keystrokes: save right away when the tab is hidden or closed.
  const flush = () => saveTimer !== undefined && save();
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());

  for (const button of host.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    button.addEventListener('click', () => {
      // One undoable edit: Ctrl+Z in the editor brings the learner's profile back.
      editor.pushUndoStop();
      editor.executeEdits('preset', [{ range: model.getFullModelRange(), text: presetText(button.dataset.preset as LabPresetId) }]);
      editor.pushUndoStop();
      editor.setScrollTop(0);
      status.textContent = t('seccompLab.presetLoaded', { name: button.textContent ?? '' });
    });
  }
  for (const input of host.querySelectorAll<HTMLInputElement>('.lab-caps input')) input.addEventListener('change', run);

  run();
  editor.focus();
}

function themeName(): string {
  return document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark';
}
