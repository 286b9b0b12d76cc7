import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/features/exercises/registry.node.ts';
import { indexLessons } from '../../../src/course/lesson-index.ts';

// The loader does not know the course's lessons; this checks each exercise's `lesson` against the lesson index,
// so a new lesson needs no code change.
const lessonsDir = fileURLToPath(new URL('../../../content/lessons/', import.meta.url));
const lessons = indexLessons(lessonsDir);

describe('exercises and lessons', () => {
  it.each(exercises.map((exercise) => [exercise.id, exercise.lesson]))('%s names a lesson of the course (%s) that embeds it in every language', (id, slug) => {
    for (const [locale, indexed] of Object.entries(lessons)) {
      const lesson = indexed.find((candidate) => candidate.slug === slug);
      expect(lesson, `${locale}: no lesson "${slug}"`).toBeDefined();
      expect(readFileSync(`${lessonsDir}${locale}/${slug}.mdx`, 'utf8')).toContain(`<Exercise id="${id}"`);
    }
  });
});
