import { pageProgressStore } from '../progress/page-store.ts';
import type { ExerciseStatus } from '../progress/schema.ts';
import { draw, part, toNode } from '../../ui/dom.ts';
import type { Island } from '../../ui/island.ts';
import { editorIn, onEditorResult } from '../editor/handle.ts';
import { lineDiff } from './line-diff.ts';
import { diffView, scoreText, statusText, verdictView } from './view.ts';

/** One `<Exercise>`: live checklist and score, escalating hints, solution with a diff, reset with undo. */
export function start({ host: root, t }: Island): void {
  const id = root.dataset.exerciseId!;
  const store = pageProgressStore();
  const editor = editorIn(part(root, 'dockerfile-editor'));
  const status = part(root, '.exercise-status');
  const message = part(root, '.exercise-message');
  const hints = [...root.querySelectorAll<HTMLElement>('.exercise-hints > li')];
  const hintButton = part<HTMLButtonElement>(root, '[data-exercise-action="hint"]');
  const undoButton = part<HTMLButtonElement>(root, '[data-exercise-action="undo"]');
  const explanation = part(root, '.exercise-explanation');
  const reference = part<HTMLTemplateElement>(root, 'template.exercise-reference').content.textContent ?? '';
  const dialog = part<HTMLDialogElement>(root, 'dialog.exercise-confirm');

  // The store decides the status (progress/exercise-status.ts); the exercise only shows what it says.
  const showStatus = () => {
    const value: ExerciseStatus = store.getExercise(id)?.status ?? 'not-started';
    status.dataset.status = value;
    status.textContent = statusText(value, t);
  };
  const showHints = (count: number) => {
    hints.forEach((hint, i) => (hint.hidden = i >= count));
    hintButton.disabled = count >= hints.length;
    hintButton.dataset.shown = String(count);
  };

  // What the learner already did, before any editor loads.
  const saved = store.getExercise(id);
  showStatus();
  showHints(saved?.hintsShown ?? 0);
  if (saved?.status === 'passed' || saved?.status === 'passed-with-help') explanation.hidden = false;

  const confirm = (question: 'exercise.confirmSolution' | 'exercise.confirmReset') =>
    new Promise<boolean>((resolve) => {
      part(dialog, '.exercise-confirm-text').textContent = t(question);
      dialog.returnValue = '';
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
      dialog.showModal();
    });

  let lastGrade = '';
  onEditorResult(editor.host, ({ grade, text }) => {
    if (!grade) return;
    const signature = JSON.stringify(grade.requirements);
    if (signature === lastGrade) return;
    lastGrade = signature;
    for (const result of grade.requirements) {
      const row = root.querySelector<HTMLElement>(`[data-requirement="${CSS.escape(result.id)}"]`);
      if (!row) continue;
      row.dataset.passed = String(result.passed);
      part(row, '.exercise-verdict').replaceWith(toNode(verdictView(result, t)));
    }
    part(root, '.exercise-score').textContent = scoreText(grade.score, t);
    // The store keeps the best score; save only when this grade says something new.
    store.updateExercise(id, { attempt: { passed: grade.passed, edited: text !== editor.starter }, score: grade.score });
    showStatus();
    // Read by the workshop island when a workshop server serves the page (src/features/workshop).
    root.dispatchEvent(new CustomEvent('exercise-graded', { bubbles: true, detail: { exercise: id, grade } }));
    if (grade.passed) {
      if (explanation.hidden) message.textContent = t('exercise.passedMessage');
      explanation.hidden = false;
    }
  });

  hintButton.addEventListener('click', () => {
    const shown = Math.min(hints.length, Number(hintButton.dataset.shown ?? 0) + 1);
    showHints(shown);
    store.updateExercise(id, { hintsShown: shown });
    message.textContent = t('exercise.hintOf', { n: shown, total: hints.length });
    hints[shown - 1]?.focus?.();
  });

  action(root, 'solution', async () => {
    if (!(await confirm('exercise.confirmSolution'))) return;
    const api = await editor.open();
    draw(part(root, '.exercise-diff'), ...diffView(lineDiff(api.getValue(), reference)));
    part(root, '.exercise-solution').hidden = false;
    store.updateExercise(id, { solutionShown: true });
    showStatus();
  });

  action(root, 'use-solution', async () => {
    (await editor.open()).replaceAll(reference);
    undoButton.hidden = false;
  });

  action(root, 'reset', async () => {
    if (!(await confirm('exercise.confirmReset'))) return;
    (await editor.open()).replaceAll(editor.starter);
    undoButton.hidden = false;
    message.textContent = t('exercise.resetDone');
  });

  action(root, 'undo', async () => {
    (await editor.open()).undo();
    undoButton.hidden = true;
  });
}

function action(root: HTMLElement, name: string, run: () => Promise<void>): void {
  part(root, `[data-exercise-action="${name}"]`).addEventListener('click', () => void run());
}
