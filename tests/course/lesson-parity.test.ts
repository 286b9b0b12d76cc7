import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexLessons } from '../../src/course/lesson-index.ts';
import { defaultLocale, localeKeys } from '../../src/course/locales.ts';
import { slideOutline } from './slide-outline.ts';

const lessonsDir = fileURLToPath(new URL('../../content/lessons/', import.meta.url));
const lessons = indexLessons(lessonsDir);
const outlineOf = (locale: string, slug: string) =>
  slideOutline(readFileSync(`${lessonsDir}/${locale}/${slug}.mdx`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));

describe('every lesson exists in every language with the same structure', () => {
  for (const lesson of lessons[defaultLocale]) {
    const reference = outlineOf(defaultLocale, lesson.slug);
    it(`${lesson.slug}: every slide has exactly one <Notes>`, () => {
      expect(reference.slides.length).toBeGreaterThan(2);
      expect(reference.slides.filter((s) => s.notes !== 1).map((s) => s.index)).toEqual([]);
    });
    for (const locale of localeKeys.filter((l) => l !== defaultLocale)) {
      it(`${lesson.slug}: ${locale} has the same slides, components and notes as ${defaultLocale}`, () => {
        const other = outlineOf(locale, lesson.slug);
        const shape = (o: typeof reference) => o.slides.map((s) => ({ index: s.index, notes: s.notes, components: s.children.filter((c) => c.startsWith('<')) }));
        expect(shape(other)).toEqual(shape(reference));
        const twin = lessons[locale].find((l) => l.slug === lesson.slug)!;
        expect(twin.objectives.length).toBe(lesson.objectives.length);
      });
    }
  }
});
