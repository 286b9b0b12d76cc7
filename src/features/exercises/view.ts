// What the exercise draws, at build time (Exercise.astro) and after each grade (client.ts), from one set of functions.
import type { ExerciseStatus } from '../progress/schema.ts';
import { h, type View } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import type { DiffLine } from './line-diff.ts';
import type { RequirementResult } from './types.ts';

type Verdict = Pick<RequirementResult, 'passed' | 'message'>;

/** A checklist row's verdict: a dot before the first grade, then ✔ or ✘, met or not (for screen readers), and why not. */
export function verdictView(result: Verdict | undefined, t: Translate): View {
  return h('span', { class: 'exercise-verdict' },
    h('span', { class: 'exercise-mark', 'aria-hidden': 'true' }, result ? (result.passed ? '✔' : '✘') : '•'),
    h('span', { class: 'sr-only exercise-state' }, result && t(result.passed ? 'exercise.met' : 'exercise.notMet')),
    h('span', { class: 'exercise-reason' }, result && !result.passed && result.message));
}

/** The score line: an invitation before the first grade. */
export function scoreText(score: number | undefined, t: Translate): string {
  return score === undefined ? t('exercise.openToGrade') : t('exercise.score', { score });
}

export function statusText(status: ExerciseStatus, t: Translate): string {
  return t(`exercise.status.${status}`);
}

/** The solution as a diff against the learner's text, one line per row. */
export function diffView(lines: DiffLine[]): View[] {
  const sign = { added: '+ ', removed: '− ', same: '  ' } as const;
  return lines.map((line) => h('span', { class: `diff-${line.kind}` }, `${sign[line.kind]}${line.text}\n`));
}
