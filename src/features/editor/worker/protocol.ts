import type { Finding, Lang } from '../../../checker/index.ts';
import type { GradeResult } from '../../exercises/types.ts';

/** The grade travels as the grader returns it (exercises/types.ts). */
export type { GradeResult };

/** Messages between the editor and the checker worker. */
export interface CheckRequest {
  seq: number;
  text: string;
  lang: Lang;
  /** Grade against this exercise as well as linting. */
  exerciseId?: string;
  /** `yaml` texts (exercise 10) are graded only, never linted as Dockerfiles. */
  language: 'dockerfile' | 'yaml';
}

export interface CheckResponse {
  seq: number;
  findings: Finding[];
  grade?: GradeResult;
  /** Milliseconds the worker spent (for the benchmark). */
  took: number;
  error?: string;
  /**
   * Set by the editor's client, not the worker: the text was not checked live, being over the size cap
   * (`size`) or taking longer than the time budget (`time`, the worker was stopped). `findings` is empty.
   */
  tooLarge?: 'size' | 'time';
}
