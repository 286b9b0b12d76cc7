/** The one place that decides an exercise's status; the store applies it, the page only shows the result. */
import { statusRank, type ExerciseStatus } from './schema.ts';

/** What a check of the learner's text says. */
export interface Attempt {
  passed: boolean;
  /** The text differs from the starter (an untouched starter is not "in progress"). */
  edited: boolean;
}

/** Help used on the latest attempt. */
export interface HelpUsed {
  hintsShown: number;
  solutionShown: boolean;
}

/**
 * The status after a grade (`Attempt`) or a status reported outright, given the help used.
 * A pass with hints or the solution shown is passed-with-help, and a status never moves to a lower rank.
 */
export function nextStatus(previous: ExerciseStatus, event: Attempt | ExerciseStatus | undefined, help: HelpUsed): ExerciseStatus {
  let status = typeof event === 'object' ? statusAfter(previous, event) : event && statusRank(event) >= 0 ? event : previous;
  if (status === 'passed' && (help.hintsShown > 0 || help.solutionShown)) status = 'passed-with-help';
  return statusRank(status) < statusRank(previous) ? previous : status;
}

function statusAfter(previous: ExerciseStatus, attempt: Attempt): ExerciseStatus {
  if (attempt.passed) return 'passed';
  return previous === 'not-started' && attempt.edited ? 'in-progress' : previous;
}
