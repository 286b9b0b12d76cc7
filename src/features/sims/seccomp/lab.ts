// The running lab: a Monaco JSON editor checked against the profile schema, presets, capability toggles, the
// traces re-run on every edit, and the two graded challenges. Loaded only when the learner starts the lab.
import { monaco, jsonDefaults } from './monaco-json.ts';
import schema from './model/data/seccomp-profile.schema.json' with { type: 'json' };
import { pageProgressStore } from '../../../progress/page-store.ts';
import { EDITOR_TEXT_LIMIT } from '../../../progress/schema.ts';
import type { SeccompProfile } from './model/profile.ts';
import {
  LAB_CHALLENGE_IDS,
  gradeMkdirEperm,
  gradeSmallestWebServer,
  labContainer,
  parseProfile,
  presetText,
  runTraces,
  type LabChallengeId,
  type LabPresetId,
} from './model/lab.ts';
import type { SeccompProblem } from './model/validate.ts';
import { CALL_SYMBOL, problemText, sayFrom, traceView, type Say, type TraceView } from './view.ts';

const RUN_DELAY_MS = 120;
const SAVE_DELAY_MS = 400;

/** What the lab needs from the element it starts in (`<seccomp-lab>`, element.ts). */
export interface SeccompLabHost extends HTMLElement {
  readonly labId: string;
  readonly strings: Record<string, string>;
  /** The learner's saved profile, else the starter. */
  currentText(): string;
}

export function startLab(host: SeccompLabHost): void {
  const say = sayFrom(host.strings);
  const store = pageProgressStore();
  const find = <T extends HTMLElement>(selector: string) => host.querySelector<T>(selector)!;
  const results = find('.lab-results');
  const validation = find('.lab-validation');
  const saveStatus = find('.lab-save');
  const message = find('.lab-message');
  const status = find('.lab-status');
  const title = find('.lab-title');
  title.tabIndex = -1;
  find('.lab-traces').hidden = false;

  const modelUri = monaco.Uri.parse(`inmemory://seccomp-lab/${host.labId}.json`);
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    comments: 'error',
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [{ uri: schema.$id, fileMatch: [modelUri.toString()], schema }],
  });
  const model = monaco.editor.getModel(modelUri) ?? monaco.editor.createModel(host.currentText(), 'json', modelUri);
  const editor = monaco.editor.create(find('.lab-editor'), {
    model,
    theme: themeName(),
    fontSize: 14,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: 2,
    lineNumbersMinChars: 3,
    ariaLabel: say('editorLabel'),
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
    renderValidation(validation, parsed.errors, parsed.warnings, say);
    if (parsed.profile) lastValid = parsed.profile;
    results.toggleAttribute('data-stale', !parsed.profile);
    if (!lastValid) return;
    const views = runTraces(lastValid, labContainer(capabilities())).map((traceRun) => traceView(traceRun, say));
    renderTraces(find('.lab-traces'), views, say);
    renderTable(find('.lab-table tbody'), views);
    if (parsed.profile) gradeChallenges(parsed.profile);
  };

  const gradeChallenges = (profile: SeccompProfile) => {
    const web = gradeSmallestWebServer(profile);
    const mkdir = gradeMkdirEperm(profile);
    const checks: Record<LabChallengeId, { passed: boolean; text: string }[]> = {
      'smallest-web-server': [
        { passed: web.defaultDenies, text: say('check.defaultDenies') },
        { passed: web.serverRuns, text: say('check.serverRuns') },
        {
          passed: web.defaultDenies && web.allowedCount! <= web.referenceCount,
          text: web.allowedCount === null ? say('check.countAll') : say('check.count', { count: web.allowedCount, reference: web.referenceCount }),
        },
        ...(web.beatsReference ? [{ passed: true, text: say('check.beats') }] : []),
      ],
      'mkdir-eperm': [
        { passed: mkdir.mkdirEperm, text: say('check.mkdirEperm') },
        { passed: mkdir.othersRun, text: say('check.othersRun') },
      ],
    };
    const passed: Record<LabChallengeId, boolean> = { 'smallest-web-server': web.passed, 'mkdir-eperm': mkdir.passed };
    for (const id of LAB_CHALLENGE_IDS) {
      const item = find(`.lab-challenge[data-challenge="${id}"]`);
      item.dataset.passed = String(passed[id]);
      const list = item.querySelector<HTMLElement>('.challenge-checks')!;
      list.replaceChildren(
        ...checks[id].map((check) => {
          const li = document.createElement('li');
          li.dataset.passed = String(check.passed);
          const mark = document.createElement('span');
          mark.setAttribute('aria-hidden', 'true');
          mark.textContent = check.passed ? '✔ ' : '✘ ';
          const state = document.createElement('span');
          state.className = 'sr-only';
          state.textContent = `${check.passed ? say('met') : say('notMet')}: `;
          li.append(mark, state, check.text);
          return li;
        }),
      );
      const done = store.getLab(host.labId)?.stepsDone.includes(id) ?? false;
      if (passed[id] && !done) {
        store.markLabStep(host.labId, id);
        message.textContent = say('completed', { title: item.querySelector('.challenge-title strong')!.textContent ?? id });
      }
      if (passed[id] || done) {
        item.dataset.done = '';
        item.querySelector('.challenge-status')!.textContent = say('status.done');
      }
    }
  };

  let runTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const text = model.getValue();
    const result = store.saveEditorText(host.labId, text);
    if (result.ok) saveStatus.textContent = '';
    else if (text.length > EDITOR_TEXT_LIMIT) saveStatus.textContent = host.strings['editor.tooLarge'] ?? '';
    else saveStatus.textContent = host.strings[result.reason === 'quota' ? 'editor.quota' : 'editor.storageUnavailable'] ?? '';
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
      status.textContent = say('presetLoaded', { name: button.textContent ?? '' });
    });
  }
  for (const input of host.querySelectorAll<HTMLInputElement>('.lab-caps input')) input.addEventListener('change', run);

  run();
  editor.focus();
}

function renderValidation(target: HTMLElement, errors: SeccompProblem[], warnings: SeccompProblem[], say: Say): void {
  target.dataset.valid = String(errors.length === 0);
  const parts: Node[] = [];
  const lead = document.createElement('p');
  lead.textContent = errors.length === 0 ? say('valid') : say('invalid');
  parts.push(lead);
  for (const [heading, list] of [
    [say('errors'), errors],
    [say('warnings'), warnings],
  ] as const) {
    if (list.length === 0) continue;
    const label = document.createElement('p');
    label.className = 'lab-validation-heading';
    label.textContent = `${heading} (${list.length})`;
    const ul = document.createElement('ul');
    ul.append(
      ...list.map((problem) => {
        const li = document.createElement('li');
        li.textContent = problemText(problem, say);
        li.dataset.code = problem.code;
        return li;
      }),
    );
    parts.push(label, ul);
  }
  target.replaceChildren(...parts);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

/** Same structure as the build-time list in SeccompLab.astro; open call lists stay open across runs. */
function renderTraces(list: HTMLElement, views: TraceView[], say: Say): void {
  const open = new Set([...list.querySelectorAll<HTMLElement>('.lab-trace:has(details[open])')].map((li) => li.dataset.program));
  list.replaceChildren(
    ...views.map((view) => {
      const li = element('li', { className: 'lab-trace' });
      li.dataset.program = view.program;
      li.dataset.outcome = view.outcome;
      const head = element(
        'div',
        { className: 'trace-head' },
        element('strong', { className: 'trace-program', text: view.program }),
        element('code', { className: 'trace-command', text: view.command }),
        element('span', { className: 'trace-outcome', text: view.outcomeText }),
      );
      const strip = element('div', { className: 'trace-strip' });
      strip.setAttribute('aria-hidden', 'true');
      strip.append(
        ...view.rows.map((row) => {
          const cell = element('span', { className: 'trace-cell', text: CALL_SYMBOL[row.kind] });
          cell.dataset.kind = row.kind;
          cell.title = `${row.name}: ${row.verdict}`;
          return cell;
        }),
      );
      const details = element('details', { className: 'trace-calls' });
      details.open = open.has(view.program);
      const headRow = element('tr', {}, ...[say('col.n'), say('col.call'), say('col.verdict'), say('col.rule')].map((text) => columnHeader(text)));
      const body = element(
        'tbody',
        {},
        ...view.rows.map((row) => {
          const tr = element(
            'tr',
            {},
            element('td', { text: String(row.n) }),
            element('td', {}, element('code', { text: row.name })),
            element('td', { text: `${CALL_SYMBOL[row.kind]} ${row.verdict}` }),
            element('td', { text: row.rule }),
          );
          tr.dataset.kind = row.kind;
          if (row.comment) tr.title = row.comment;
          return tr;
        }),
      );
      details.append(element('summary', { text: `${say('calls')} (${view.rows.length})` }), element('table', {}, element('thead', {}, headRow), body));
      li.append(head, strip, details);
      return li;
    }),
  );
}

function columnHeader(text: string): HTMLTableCellElement {
  const th = element('th', { text });
  th.scope = 'col';
  return th;
}

function renderTable(tbody: HTMLElement, views: TraceView[]): void {
  tbody.replaceChildren(
    ...views.map((view) => {
      const program = element('th', { text: view.program });
      program.scope = 'row';
      const tr = element(
        'tr',
        {},
        program,
        element('td', {}, element('code', { text: view.command })),
        element('td', { text: view.outcomeText }),
        element('td', { text: `${view.summary.allowed}/${view.summary.total}` }),
        element('td', { text: String(view.summary.deniedSurvived) }),
        element('td', { text: String(view.summary.notReached) }),
      );
      tr.dataset.program = view.program;
      return tr;
    }),
  );
}

function themeName(): string {
  return document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark';
}
