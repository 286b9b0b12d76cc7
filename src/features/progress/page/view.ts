// The progress page's lists as render descriptions (src/ui/dom.ts): ProgressPage.astro renders them at build time
// for an empty document, and the client redraws them from the store's document with the same functions.
import { h, type View } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { ProgressDocument, QuizRecord, SectionName } from '../schema.ts';
import { exercisePassed, labCompleted, quizAnswered } from '../continuity.ts';
import { isLessonDone } from '../lesson-status.ts';
import { quizRetried } from '../quiz-attempt.ts';

/** A lesson as the page lists it, with the saved ids its MDX embeds. */
export interface LessonRow {
  slug: string;
  title: string;
  href: string;
  quizzes: string[];
  exercises: Array<{ id: string; title: string }>;
  labs: Array<{ id: string; title: string; steps: string[] }>;
}

/** For each section of the progress document, saved id → the title the learner knows it by (./saved-titles.ts). */
export type SavedTitles = Record<SectionName, Record<string, string>>;

/** The title of a saved id; an id this build does not know (a file from another version) shows without its prefix. */
export function titleOf(titles: SavedTitles, section: SectionName, id: string): string {
  return Object.hasOwn(titles[section], id) ? titles[section][id] : id.replace(/^[a-z]+:/, '');
}

export function summaryLine(lessons: LessonRow[], doc: ProgressDocument, t: Translate): string {
  return t('progress.summary', { done: lessons.filter((lesson) => isLessonDone(doc, lesson.slug)).length, total: lessons.length });
}

export const courseComplete = (lessons: LessonRow[], doc: ProgressDocument): boolean =>
  lessons.length > 0 && lessons.every((lesson) => isLessonDone(doc, lesson.slug));

/** Each id once, in course order (a lab or quiz may appear in two lessons). */
const unique = <T extends string | { id: string }>(items: T[]): T[] =>
  [...new Map(items.map((item) => [typeof item === 'string' ? item : item.id, item])).values()];

/** What the learner completed over the whole course: a title ("course complete" once every lesson is done) and one line per kind of work. */
export function completionViews(lessons: LessonRow[], doc: ProgressDocument, t: Translate): View[] {
  const quizzes = unique(lessons.flatMap((lesson) => lesson.quizzes)).filter((id) => quizAnswered(doc, id));
  const exercises = unique(lessons.flatMap((lesson) => lesson.exercises));
  const labs = unique(lessons.flatMap((lesson) => lesson.labs));
  const passed = exercises.filter(({ id }) => exercisePassed(doc, id));
  const complete = courseComplete(lessons, doc);
  return [
    h('h2', { 'data-completion-title': true }, t(complete ? 'progress.courseComplete' : 'progress.completionTitle')),
    complete && h('p', { class: 'progress-complete-note' }, t('progress.courseCompleteNote')),
    h('ul', { class: 'progress-completion-lines' },
      h('li', {}, summaryLine(lessons, doc, t)),
      // The scores only once there is something to score.
      h('li', {}, t(passed.length ? 'progress.completion.exercisesScored' : 'progress.completion.exercises', {
        done: passed.length, total: exercises.length,
        average: Math.round(passed.reduce((sum, { id }) => sum + doc.exercises[id].score, 0) / (passed.length || 1)),
      })),
      h('li', {}, t(quizzes.length ? 'progress.completion.quizzesScored' : 'progress.completion.quizzes', {
        done: quizzes.length, total: unique(lessons.flatMap((lesson) => lesson.quizzes)).length,
        first: quizzes.reduce((sum, id) => sum + doc.quizzes[id].first.correct, 0), questions: quizzes.reduce((sum, id) => sum + doc.quizzes[id].total, 0),
      })),
      labs.length > 0 && h('li', {}, t('progress.completion.labs', { done: labs.filter((lab) => labCompleted(doc, lab)).length, total: labs.length }))),
  ].filter((view): view is View => Boolean(view));
}

const quizLine = (title: string, quiz: QuizRecord, t: Translate) =>
  quizRetried(quiz)
    ? t('progress.quizRetried', { title, first: quiz.first.correct, correct: quiz.correct, total: quiz.total })
    : t('progress.quiz', { title, correct: quiz.correct, total: quiz.total, answered: quiz.answers.filter((a) => a !== null).length });
const statusOf = (doc: ProgressDocument, id: string) => doc.exercises[id]?.status ?? 'not-started';
const exerciseLine = (doc: ProgressDocument, id: string, title: string, t: Translate) =>
  doc.exercises[id] && doc.exercises[id].score > 0
    ? t('progress.exerciseScore', { title, status: t(`progress.status.${statusOf(doc, id)}`), score: doc.exercises[id].score })
    : t('progress.exercise', { title, status: t(`progress.status.${statusOf(doc, id)}`) });

/** Each lesson: done or not, then its quizzes and exercises. */
export function lessonItems(lessons: LessonRow[], doc: ProgressDocument, t: Translate): View[] {
  return lessons.map((lesson) => {
    const done = isLessonDone(doc, lesson.slug);
    return h('li', { 'data-lesson': lesson.slug },
      h('a', { href: lesson.href }, lesson.title), ' ',
      h('span', { class: 'progress-state', 'data-state': true, 'data-done': done }, t(done ? 'progress.lessonDone' : 'progress.lessonNotDone')),
      lesson.quizzes.length + lesson.exercises.length + lesson.labs.length > 0 &&
        h('ul', { class: 'progress-items' },
          ...lesson.quizzes.map((id) => {
            const quiz = doc.quizzes[id];
            return h('li', { 'data-quiz': id }, quiz ? quizLine(lesson.title, quiz, t) : t('progress.quizNotStarted', { title: lesson.title }));
          }),
          ...lesson.exercises.map(({ id, title }) =>
            h('li', { 'data-exercise': id, 'data-status': statusOf(doc, id) }, exerciseLine(doc, id, title, t))),
          ...lesson.labs.map((lab) =>
            h('li', { 'data-lab': lab.id, 'data-done': labCompleted(doc, lab) },
              t('progress.labSteps', { title: lab.title, done: lab.steps.filter((step) => doc.labs[lab.id]?.stepsDone.includes(step)).length, total: lab.steps.length })))));
  });
}

/** Saved work the course pages do not list (exercises, labs, quizzes of lessons not in this build), then editors. */
export function otherItems(lessons: LessonRow[], doc: ProgressDocument, titles: SavedTitles, t: Translate): View[] {
  const quizzes = new Set(lessons.flatMap((lesson) => lesson.quizzes));
  const exercises = new Set(lessons.flatMap((lesson) => lesson.exercises.map((exercise) => exercise.id)));
  const labs = new Set(lessons.flatMap((lesson) => lesson.labs.map((lab) => lab.id)));
  const lines: string[] = [];
  for (const [id, quiz] of Object.entries(doc.quizzes)) if (!quizzes.has(id)) lines.push(quizLine(titleOf(titles, 'quizzes', id), quiz, t));
  for (const [id, exercise] of Object.entries(doc.exercises)) {
    if (!exercises.has(id)) lines.push(t('progress.exercise', { title: titleOf(titles, 'exercises', id), status: t(`progress.status.${exercise.status}`) }));
  }
  for (const [id, lab] of Object.entries(doc.labs)) if (!labs.has(id)) lines.push(t('progress.lab', { title: titleOf(titles, 'labs', id), count: lab.stepsDone.length }));
  const editors = Object.keys(doc.editors).length;
  if (editors) lines.push(t('progress.editors', { count: editors }));
  return (lines.length ? lines : [t('progress.nothingElse')]).map((line) => h('li', {}, line));
}
