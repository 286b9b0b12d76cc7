import { getCollection, type CollectionEntry } from 'astro:content';
import type { LessonFrontmatter } from './lesson-schema.ts';
import { isLocaleKey, type LocaleKey } from './locales.ts';

/** A lesson entry; its frontmatter was validated strictly at config time (see astro.config.ts). */
export type LessonEntry = CollectionEntry<'docs'> & { data: LessonFrontmatter };

/** Splits a collection id (`en/what-is-a-container`) into its locale and lesson slug. */
export function lessonKey(entry: CollectionEntry<'docs'>): { locale: LocaleKey; slug: string } {
  const [locale, ...rest] = entry.id.split('/');
  if (!isLocaleKey(locale)) throw new Error(`Lesson ${entry.id} is not under a known language folder`);
  return { locale, slug: rest.join('/') };
}

/** Every lesson, in every language. */
export async function allLessons(): Promise<LessonEntry[]> {
  return (await getCollection('docs')) as LessonEntry[];
}

/** A language's lessons in course order. */
export async function lessonsInOrder(locale: LocaleKey): Promise<LessonEntry[]> {
  const all = await allLessons();
  return all.filter((entry) => lessonKey(entry).locale === locale).sort((a, b) => a.data.order - b.data.order);
}
