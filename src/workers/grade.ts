import type { Lang } from '../checker/index.ts';
import { gradeExercise } from '../exercises/grade.ts';
import { graders } from '../exercises/graders/index.ts';
import { exerciseById } from '../exercises/registry.browser.ts';
import type { GradeResult } from './checker-protocol.ts';

/** Grades the learner's text against an exercise, in the worker (the same graders as the CLI). */
export function gradeInWorker(exerciseId: string, text: string, lang: Lang): GradeResult | undefined {
  const definition = exerciseById(exerciseId);
  return definition ? gradeExercise(definition, graders[exerciseId], text, lang) : undefined;
}
