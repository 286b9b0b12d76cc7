// Every rule links to a lesson: `meta.lesson` is a plain string in the checker, so this is where a typo
// or a renamed lesson is caught.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/checker/index.ts';

const LESSONS_DIR = new URL('../../content/lessons/en/', import.meta.url);
const lessonSlugs = readdirSync(LESSONS_DIR).filter((file) => /^[^_].*\.mdx$/.test(file)).map((file) => file.replace(/\.mdx$/, ''));

describe('rule lessons', () => {
  it('finds the English lessons', () => {
    expect(lessonSlugs.length).toBeGreaterThan(0);
  });

  it.each(rules.map((rule) => [rule.meta.id, rule.meta.lesson]))('%s links to an existing lesson (%s)', (_id, lesson) => {
    expect(lessonSlugs).toContain(lesson);
  });
});
