import { pageProgressStore } from '../progress/page-store.ts';
import type { ExerciseStatus } from '../progress/schema.ts';
import { lineDiff } from '../utils/line-diff.ts';
import { fillTemplate } from '../utils/template.ts';
import type { EditorHost } from './editor/element.ts';
import type { EditorResult } from './editor/session.ts';

/** Every `<Exercise>` on the page: live checklist and score, escalating hints, solution with a diff, reset with undo. */
export function startExercises(): void {
  for (const root of document.querySelectorAll<HTMLElement>('.exercise:not([data-ready])')) {
    root.dataset.ready = '';
    startExercise(root);
  }
}

function startExercise(root: HTMLElement): void {
  const id = root.dataset.exerciseId!;
  const store = pageProgressStore();
  const text = (key: string, vars: Record<string, string | number> = {}) => fillTemplate(root.dataset[key] ?? '', vars);
  const host = root.querySelector<EditorHost>('dockerfile-editor')!;
  const status = root.querySelector<HTMLElement>('.exercise-status')!;
  const score = root.querySelector<HTMLElement>('.exercise-score')!;
  const message = root.querySelector<HTMLElement>('.exercise-message')!;
  const hints = [...root.querySelectorAll<HTMLElement>('.exercise-hints > li')];
  const hintButton = root.querySelector<HTMLButtonElement>('[data-exercise-action="hint"]')!;
  const undoButton = root.querySelector<HTMLButtonElement>('[data-exercise-action="undo"]')!;
  const solutionPanel = root.querySelector<HTMLElement>('.exercise-solution')!;
  const explanation = root.querySelector<HTMLElement>('.exercise-explanation')!;
  const reference = root.querySelector<HTMLTemplateElement>('template.exercise-reference')!.content.textContent ?? '';
  const dialog = root.querySelector<HTMLDialogElement>('dialog.exercise-confirm')!;

  const showStatus = (value: ExerciseStatus) => {
    status.dataset.status = value;
    status.textContent = text(`textStatus${value.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`);
  };
  const showHints = (count: number) => {
    hints.forEach((hint, i) => (hint.hidden = i >= count));
    hintButton.disabled = count >= hints.length;
    hintButton.dataset.shown = String(count);
  };

  // What the learner already did, before any editor loads.
  const saved = store.getExercise(id);
  showStatus(saved?.status ?? 'not-started');
  showHints(saved?.hintsShown ?? 0);
  if (saved?.status === 'passed' || saved?.status === 'passed-with-help') explanation.hidden = false;

  const confirm = (kind: 'solution' | 'reset') =>
    new Promise<boolean>((resolve) => {
      const prompt = dialog.querySelector<HTMLElement>('.exercise-confirm-text')!;
      prompt.textContent = prompt.dataset[kind] ?? '';
      dialog.returnValue = '';
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
      dialog.showModal();
    });

  let lastGrade = '';
  host.addEventListener('editor-result', (event) => {
    const { grade, text: current } = (event as CustomEvent<EditorResult>).detail;
    if (!grade) return;
    const signature = JSON.stringify(grade.requirements);
    if (signature === lastGrade) return;
    lastGrade = signature;
    for (const result of grade.requirements) {
      const item = root.querySelector<HTMLElement>(`[data-requirement="${CSS.escape(result.id)}"]`);
      if (!item) continue;
      item.dataset.passed = String(result.passed);
      item.querySelector('.exercise-mark')!.textContent = result.passed ? '✔' : '✘';
      item.querySelector('.exercise-state')!.textContent = result.passed ? text('textMet') : text('textNotMet');
      item.querySelector('.exercise-reason')!.textContent = result.passed ? '' : result.message;
    }
    score.textContent = text('textScore', { score: grade.score });
    // The store decides the status (progress/exercise-status.ts) and keeps the best score; save only when this grade says something new.
    store.updateExercise(id, { attempt: { passed: grade.passed, edited: current !== host.starter }, score: grade.score });
    showStatus(store.getExercise(id)?.status ?? 'not-started');
    host.dispatchEvent(new CustomEvent('exercise-graded', { bubbles: true, detail: { exercise: id, grade } }));
    if (grade.passed) {
      if (explanation.hidden) message.textContent = text('textPassed');
      explanation.hidden = false;
    }
  });

  hintButton.addEventListener('click', () => {
    const shown = Math.min(hints.length, Number(hintButton.dataset.shown ?? 0) + 1);
    showHints(shown);
    store.updateExercise(id, { hintsShown: shown });
    message.textContent = text('textHintOf', { n: shown, total: hints.length });
    hints[shown - 1]?.focus?.();
  });

  root.querySelector('[data-exercise-action="solution"]')!.addEventListener('click', async () => {
    if (!(await confirm('solution'))) return;
    const api = await host.open();
    renderDiff(root.querySelector<HTMLElement>('.exercise-diff')!, api.getValue(), reference);
    solutionPanel.hidden = false;
    store.updateExercise(id, { solutionShown: true });
    showStatus(store.getExercise(id)?.status ?? 'in-progress');
  });

  root.querySelector('[data-exercise-action="use-solution"]')!.addEventListener('click', async () => {
    const api = await host.open();
    api.replaceAll(reference);
    undoButton.hidden = false;
  });

  root.querySelector('[data-exercise-action="reset"]')!.addEventListener('click', async () => {
    if (!(await confirm('reset'))) return;
    const api = await host.open();
    api.replaceAll(host.starter);
    undoButton.hidden = false;
    message.textContent = text('textResetDone');
  });

  undoButton.addEventListener('click', async () => {
    const api = await host.open();
    api.undo();
    undoButton.hidden = true;
  });
}

/** The solution as a diff against the learner's text; lines are text nodes, never HTML. */
function renderDiff(target: HTMLElement, from: string, to: string): void {
  const lines = lineDiff(from, to).map((line) => {
    const row = document.createElement('span');
    row.className = `diff-${line.kind}`;
    row.textContent = `${line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : '  '}${line.text}\n`;
    return row;
  });
  target.replaceChildren(...lines);
}
