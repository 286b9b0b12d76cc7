/** Which saved ids belong to which lesson, read from the lesson's compiled outline at build time. */
import { lessonOutline } from '../../course/lesson-outline.ts';
import { loadLab } from '../linux-lab/content.ts';
import type { HandsOnParts } from './continuity.ts';

/** Quiz ids a lesson declares (`<Quiz id="…"`), in order of appearance. */
export const quizIdsIn = (mdx: string): string[] => lessonOutline(mdx).quizzes;

/** Exercise ids a lesson embeds (`<Exercise id="…"`), in order of appearance. */
export const exerciseIdsIn = (mdx: string): string[] => lessonOutline(mdx).exercises;

/** A lesson's hands-on parts, as the lesson-done policy reads them (continuity.ts): each Linux lab with its step ids. */
export function lessonParts(mdx: string): HandsOnParts {
  const { quizzes, exercises, labs } = lessonOutline(mdx);
  return { quizzes, exercises, labs: [...new Set(labs)].map((id) => ({ id, steps: loadLab(id).steps.map((step) => step.id) })) };
}
