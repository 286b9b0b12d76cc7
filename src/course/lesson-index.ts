import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lessonFrontmatter, type LessonFrontmatter } from './lesson-schema.ts';
import { localeKeys, defaultLocale, type LocaleKey } from './locales.ts';

export interface IndexedLesson extends LessonFrontmatter {
  slug: string;
  locale: LocaleKey;
  file: string;
}

export class LessonContentError extends Error {}

/**
 * Reads every lesson's frontmatter at config time (Node only): validates it, checks that each lesson
 * exists in every language, and returns lessons per language in course order. Errors name the file
 * and the field, so a broken lesson fails the build with a message an author can act on.
 */
export function indexLessons(lessonsDir: string): Record<LocaleKey, IndexedLesson[]> {
  const problems: string[] = [];
  const byLocale = {} as Record<LocaleKey, IndexedLesson[]>;
  for (const locale of localeKeys) {
    byLocale[locale] = [];
    for (const name of listMdx(join(lessonsDir, locale))) {
      const file = join('content/lessons', locale, name);
      const frontmatter = readFrontmatter(join(lessonsDir, locale, name), file, problems);
      if (frontmatter === undefined) continue;
      const result = lessonFrontmatter.safeParse(frontmatter);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(`${file}: frontmatter field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
        }
        continue;
      }
      byLocale[locale].push({ ...result.data, slug: name.replace(/\.mdx$/, ''), locale, file });
    }
    byLocale[locale].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  }
  problems.push(...parityProblems(byLocale));
  if (problems.length) throw new LessonContentError(`Lesson content problems:\n  - ${problems.join('\n  - ')}`);
  return byLocale;
}

function parityProblems(byLocale: Record<LocaleKey, IndexedLesson[]>): string[] {
  const problems: string[] = [];
  const reference = byLocale[defaultLocale];
  for (const locale of localeKeys) {
    for (const other of localeKeys) {
      if (other === locale) continue;
      const slugs = new Set(byLocale[other].map((l) => l.slug));
      for (const lesson of byLocale[locale]) {
        if (!slugs.has(lesson.slug)) problems.push(`${lesson.file}: missing in "${other}" (expected content/lessons/${other}/${lesson.slug}.mdx)`);
      }
    }
    if (locale === defaultLocale) continue;
    for (const lesson of byLocale[locale]) {
      const twin = reference.find((l) => l.slug === lesson.slug);
      for (const field of ['module', 'order'] as const) {
        if (twin && twin[field] !== lesson[field]) {
          problems.push(`${lesson.file}: frontmatter field "${field}" is ${JSON.stringify(lesson[field])} but ${twin.file} says ${JSON.stringify(twin[field])}`);
        }
      }
    }
  }
  return problems;
}

function listMdx(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.mdx') && !n.startsWith('_')).sort();
  } catch {
    return [];
  }
}

function readFrontmatter(path: string, file: string, problems: string[]): unknown {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) {
    problems.push(`${file}: no frontmatter block (--- … ---) at the top`);
    return undefined;
  }
  try {
    return parseYaml(match[1]);
  } catch (error) {
    problems.push(`${file}: frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
