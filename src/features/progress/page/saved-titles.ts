// Build time: the name a learner knows each saved id by, in the page's language, so the progress page and its
// import preview show "Run as a non-root user", never `exercise:run-as-non-root`, a quiz's slug or a lab's file name.
import { exercises } from '../../exercises/registry.browser.ts';
import { labIds, loadLab, pick } from '../../linux-lab/content.ts';
import { LAB_EDITOR_ID } from '../../sims/health-lab/model/starter.ts';
import { CHALLENGES_PROGRESS_ID } from '../../sims/health/model/challenges.ts';
import { SECCOMP_LAB_ID } from '../../sims/seccomp/model/lab.ts';
import { t } from '../../../course/i18n.ts';
import { langOf, type LocaleKey } from '../../../course/locales.ts';
import type { LessonRow, SavedTitles } from './view.ts';

export function savedTitles(locale: LocaleKey, lessons: LessonRow[]): SavedTitles {
  const lang = langOf(locale);
  const exerciseTitles = Object.fromEntries(exercises.map((exercise) => [exercise.id, exercise.title[lang]]));
  const lessonTitles = Object.fromEntries(lessons.map((lesson) => [lesson.slug, lesson.title]));
  return {
    lessons: lessonTitles,
    // Where the learner last was, per lesson ("continue where you left off").
    visits: lessonTitles,
    // A quiz is its lesson's "Check yourself": the lesson's title names it.
    quizzes: Object.fromEntries(lessons.flatMap((lesson) => lesson.quizzes.map((id) => [id, lesson.title]))),
    exercises: exerciseTitles,
    labs: {
      ...Object.fromEntries(labIds.map((id) => [id, pick(loadLab(id).title, locale)])),
      [SECCOMP_LAB_ID]: t(locale, 'seccompLab.title'),
      [CHALLENGES_PROGRESS_ID]: t(locale, 'health.title'),
    },
    editors: {
      // The exercise's editor is saved as `exercise:<id>` (src/features/exercises/Exercise.astro).
      ...Object.fromEntries(Object.entries(exerciseTitles).map(([id, title]) => [`exercise:${id}`, title])),
      playground: t(locale, 'playground.title'),
      [LAB_EDITOR_ID]: t(locale, 'lab.title'),
      [SECCOMP_LAB_ID]: t(locale, 'seccompLab.title'),
    },
  };
}
