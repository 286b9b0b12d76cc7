/** Which saved ids belong to which lesson, read from the lesson's compiled outline at build time. */
import { lessonOutline } from '../../course/lesson-outline.ts';

/** Quiz ids a lesson declares (`<Quiz id="…"`), in order of appearance. */
export const quizIdsIn = (mdx: string): string[] => lessonOutline(mdx).quizzes;

/** Exercise ids a lesson embeds (`<Exercise id="…"`), in order of appearance. */
export const exerciseIdsIn = (mdx: string): string[] => lessonOutline(mdx).exercises;
