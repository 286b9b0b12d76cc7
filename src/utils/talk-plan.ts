import { lessonOutline, mainLine } from '../course/lesson-outline.ts';
import talkFile from '../../content/talk.json' with { type: 'json' };

/**
 * The whole talk: each chosen lesson's main line (see `mainLine` in src/course/lesson-outline.ts), i.e. its
 * horizontal slides without vertical deep dives and without hands-on slides (exercises, quizzes).
 */
export const SECONDS_PER_TALK_SLIDE = 40;

/** Lesson slugs the talk keeps, in talk order (`lessons` in content/talk.json). */
export const talkLessonSlugs: readonly string[] = talkFile.lessons;

/** Titles of the slides the talk keeps from one lesson's MDX source (its title slide not included). */
export function talkSlideTitles(mdx: string): string[] {
  return mainLine(lessonOutline(mdx)).map((s) => s.title);
}

/** The lessons the talk keeps, in talk order: `lessons` holds every lesson of a locale, with its slug. */
export function talkLessons<T>(lessons: readonly T[], slugOf: (lesson: T) => string): T[] {
  return talkLessonSlugs.flatMap((slug) => lessons.filter((l) => slugOf(l) === slug));
}
