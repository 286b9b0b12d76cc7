// The progress page's lists as render descriptions (src/ui/dom.ts): ProgressPage.astro renders them at build time
// for an empty document, and the client redraws them from the store's document with the same functions.
import { h, type View } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { ProgressDocument, QuizRecord } from '../schema.ts';

/** A lesson as the page lists it, with the saved ids its MDX embeds. */
export interface LessonRow {
  slug: string;
  title: string;
  href: string;
  quizzes: string[];
  exercises: Array<{ id: string; title: string }>;
}

export function summaryLine(lessons: LessonRow[], doc: ProgressDocument, t: Translate): string {
  return t('progress.summary', { done: lessons.filter((lesson) => lesson.slug in doc.lessons).length, total: lessons.length });
}

const quizLine = (id: string, quiz: QuizRecord, t: Translate) =>
  t('progress.quiz', { id, correct: quiz.correct, total: quiz.total, answered: quiz.answers.filter((a) => a !== null).length });
const statusOf = (doc: ProgressDocument, id: string) => doc.exercises[id]?.status ?? 'not-started';

/** Each lesson: done or not, then its quizzes and exercises. */
export function lessonItems(lessons: LessonRow[], doc: ProgressDocument, t: Translate): View[] {
  return lessons.map((lesson) => {
    const done = lesson.slug in doc.lessons;
    return h('li', { 'data-lesson': lesson.slug },
      h('a', { href: lesson.href }, lesson.title), ' ',
      h('span', { class: 'progress-state', 'data-state': true, 'data-done': done }, t(done ? 'progress.lessonDone' : 'progress.lessonNotDone')),
      lesson.quizzes.length + lesson.exercises.length > 0 &&
        h('ul', { class: 'progress-items' },
          ...lesson.quizzes.map((id) => {
            const quiz = doc.quizzes[id];
            return h('li', { 'data-quiz': id }, quiz ? quizLine(id, quiz, t) : t('progress.quizNotStarted', { id }));
          }),
          ...lesson.exercises.map(({ id, title }) =>
            h('li', { 'data-exercise': id, 'data-status': statusOf(doc, id) },
              t('progress.exercise', { id: title, status: t(`progress.status.${statusOf(doc, id)}`) })))));
  });
}

/** Saved work the course pages do not list (exercises, labs, quizzes of lessons not in this build), then editors. */
export function otherItems(lessons: LessonRow[], doc: ProgressDocument, t: Translate): View[] {
  const quizzes = new Set(lessons.flatMap((lesson) => lesson.quizzes));
  const exercises = new Set(lessons.flatMap((lesson) => lesson.exercises.map((exercise) => exercise.id)));
  const lines: string[] = [];
  for (const [id, quiz] of Object.entries(doc.quizzes)) if (!quizzes.has(id)) lines.push(quizLine(id, quiz, t));
  for (const [id, exercise] of Object.entries(doc.exercises)) {
    if (!exercises.has(id)) lines.push(t('progress.exercise', { id, status: t(`progress.status.${exercise.status}`) }));
  }
  for (const [id, lab] of Object.entries(doc.labs)) lines.push(t('progress.lab', { id, count: lab.stepsDone.length }));
  const editors = Object.keys(doc.editors).length;
  if (editors) lines.push(t('progress.editors', { count: editors }));
  return (lines.length ? lines : [t('progress.nothingElse')]).map((line) => h('li', {}, line));
}
