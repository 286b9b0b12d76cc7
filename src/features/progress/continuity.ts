/**
 * The course-continuity decisions, pure: when a lesson's hands-on parts make it done, and where the learner left off
 * and what is next. The pages only apply them. (Module counts: lesson-status.ts; first attempts: quiz-attempt.ts;
 * separate modules so the script every page ships carries only what it uses.)
 */
import type { ProgressDocument } from './schema.ts';
import { isLessonDone } from './lesson-status.ts';

/** A lesson's hands-on parts, as its compiled outline lists them (labs with the ids of their steps). */
export interface HandsOnParts {
  quizzes: string[];
  exercises: string[];
  labs: Array<{ id: string; steps: string[] }>;
}

/** A lesson as the continuity views know it, in course order. */
export interface CourseLesson { slug: string; title: string; href: string }


export const quizAnswered = (doc: ProgressDocument, id: string): boolean =>
  doc.quizzes[id]?.answers.every((answer) => answer !== null) ?? false;

export const exercisePassed = (doc: ProgressDocument, id: string): boolean =>
  doc.exercises[id]?.status === 'passed' || doc.exercises[id]?.status === 'passed-with-help';

export const labCompleted = (doc: ProgressDocument, lab: { id: string; steps: string[] }): boolean =>
  lab.steps.every((step) => doc.labs[lab.id]?.stepsDone.includes(step));

/** Every hands-on part done: each quiz fully answered, each exercise passed (with help counts), each lab's steps all done. */
export function handsOnDone(parts: HandsOnParts, doc: ProgressDocument): boolean {
  const count = parts.quizzes.length + parts.exercises.length + parts.labs.length;
  return count > 0 && parts.quizzes.every((id) => quizAnswered(doc, id)) && parts.exercises.every((id) => exercisePassed(doc, id)) && parts.labs.every((lab) => labCompleted(doc, lab));
}

/**
 * Whether a change (before → after) should mark the lesson done: it finished the last hands-on part. Only the change
 * that completes them counts, so a learner who unticks a finished lesson is not overruled on the next visit.
 */
export const completesLesson = (slug: string, parts: HandsOnParts, before: ProgressDocument, after: ProgressDocument): boolean =>
  !isLessonDone(after, slug) && handsOnDone(parts, after) && !handsOnDone(parts, before);

export interface ContinueTarget {
  /** The lesson visited last, and the slide the learner was reading there. */
  last: CourseLesson & { slide?: string };
  /** The first lesson not done after it in course order (from the start again when needed), other than `last`. */
  next?: CourseLesson;
  /** Every lesson of the course is done. */
  complete: boolean;
}

/** Where to pick up; undefined for a learner who has visited no lesson of this course yet. */
export function continueTarget(lessons: CourseLesson[], doc: ProgressDocument): ContinueTarget | undefined {
  let at = -1;
  for (const [i, lesson] of lessons.entries()) {
    const visit = doc.visits[lesson.slug];
    if (visit && (at < 0 || Date.parse(visit.updatedAt) > Date.parse(doc.visits[lessons[at].slug].updatedAt))) at = i;
  }
  if (at < 0) return undefined;
  const after = [...lessons.slice(at + 1), ...lessons.slice(0, at)];
  const slide = doc.visits[lessons[at].slug].slide;
  return {
    last: slide ? { ...lessons[at], slide } : lessons[at],
    next: after.find((lesson) => !isLessonDone(doc, lesson.slug)),
    complete: lessons.every((lesson) => isLessonDone(doc, lesson.slug)),
  };
}
