// Build time: the course's lessons in order, each with the quiz and exercise ids its MDX embeds (the saved ids the
// progress page lists under it).
import { exerciseById } from '../../exercises/registry.browser.ts';
import { readingPath } from '../../../course/routes.ts';
import { lessonKey, lessonsInOrder } from '../../../course/lessons.ts';
import { langOf, type LocaleKey } from '../../../course/locales.ts';
import { exerciseIdsIn, quizIdsIn } from '../course-map.ts';
import type { LessonRow } from './view.ts';

export async function courseLessons(locale: LocaleKey): Promise<LessonRow[]> {
  return (await lessonsInOrder(locale)).map((entry) => {
    const slug = lessonKey(entry).slug;
    return {
      slug,
      title: entry.data.title,
      href: readingPath(locale, slug),
      quizzes: quizIdsIn(entry.body ?? ''),
      exercises: exerciseIdsIn(entry.body ?? '').map((id) => ({ id, title: exerciseById(id)?.title[langOf(locale)] ?? id })),
    };
  });
}
