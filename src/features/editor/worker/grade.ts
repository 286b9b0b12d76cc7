import type { Lang } from '../../../checker/index.ts';
import { gradeExercise } from '../../exercises/grade.ts';
import { graders } from '../../exercises/graders/index.ts';
import { exerciseById } from '../../exercises/registry.browser.ts';
import type { Answer } from '../../exercises/types.ts';
import type { GradeResult } from './protocol.ts';

/** Grades the learner's answer against an exercise, in the worker (the same graders as the CLI), from the model and findings already computed. */
export function gradeInWorker(exerciseId: string, answer: Answer, lang: Lang): GradeResult | undefined {
  const definition = exerciseById(exerciseId);
  return definition ? gradeExercise(definition, graders[exerciseId], answer, lang) : undefined;
}
