// Build time: the course's lessons in order, each with the quiz, exercise and lab ids its MDX embeds (the saved ids
// the progress page lists under it).
import { exerciseById } from '../../exercises/registry.browser.ts';
import { readingPath } from '../../../course/routes.ts';
import { lessonKey, lessonsInOrder } from '../../../course/lessons.ts';
import { langOf, type LocaleKey } from '../../../course/locales.ts';
import { loadLab, pick } from '../../linux-lab/content.ts';
import { lessonParts } from '../course-map.ts';
import type { LessonRow } from './view.ts';

export async function courseLessons(locale: LocaleKey): Promise<LessonRow[]> {
  return (await lessonsInOrder(locale)).map((entry) => {
    const slug = lessonKey(entry).slug;
    const parts = lessonParts(entry.body ?? '');
    return {
      slug,
      title: entry.data.title,
      href: readingPath(locale, slug),
      quizzes: parts.quizzes,
      exercises: parts.exercises.map((id) => ({ id, title: exerciseById(id)?.title[langOf(locale)] ?? id })),
      labs: parts.labs.map((lab) => ({ ...lab, title: pick(loadLab(lab.id).title, locale) })),
    };
  });
}
