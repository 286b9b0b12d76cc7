import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './browser.ts';

/** Every built HTML page (the site is static: what is in dist/ is what visitors get). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(distDir);
const urlOf = (file: string) => `/${relative(distDir, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idsCache.get(file)!;
};
const fileFor = (path: string) => {
  const clean = decodeURIComponent(path.split('?')[0]);
  const candidates = [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
};

describe('built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const here = urlOf(file);
      for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
        if (/^(https?:|mailto:|data:|javascript:)/i.test(href) || href.startsWith('#/')) continue;
        const url = new URL(href.replace(/&amp;/g, '&'), `http://site${here}`);
        if (url.host !== 'site') continue;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${here} → ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !fragment.startsWith('/') && !idsOf(target).has(fragment)) broken.push(`${here} → ${href} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every image has alternative text and every diagram an accessible name', () => {
    const missing: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const here = urlOf(file);
      for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) if (!/\salt="/.test(tag)) missing.push(`${here}: ${tag.slice(0, 80)}`);
      for (const [tag] of html.matchAll(/<svg\b[^>]*>/g)) {
        if (/aria-hidden="true"/.test(tag)) continue;
        const labelledby = /aria-labelledby="([^"]+)"/.exec(tag)?.[1];
        const named = /aria-label="[^"]+"/.test(tag) || (labelledby && labelledby.split(/\s+/).every((id) => idsOf(file).has(id)));
        if (!/role="img"/.test(tag) || !named) missing.push(`${here}: ${tag.slice(0, 120)}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('curriculum, as built', () => {
  const lessonPages = (locale: string) =>
    pages.filter((file) => urlOf(file).split('/').length === 4 && urlOf(file).startsWith(`/${locale}/`) && readFileSync(file, 'utf8').includes('class="lesson-objectives"'));

  /** Quiz ids with, per question, the number of options and the index of the correct one. */
  const quizShape = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/<lesson-quiz class="quiz"[^>]*data-quiz="([^"]+)"[\s\S]*?<div class="quiz-footer"/g)].map(([block, id]) => ({
      id,
      questions: [...block.matchAll(/<fieldset class="quiz-question"[^>]*data-correct="(\d+)"[\s\S]*?<\/fieldset>/g)].map(([q, correct]) => ({
        options: (q.match(/type="radio"/g) ?? []).length,
        correct: Number(correct),
      })),
    }));

  it('every lesson has a quiz, with the same questions, options and answers in both languages', () => {
    const en = lessonPages('en');
    expect(en.length).toBeGreaterThanOrEqual(12);
    for (const file of en) {
      const twin = file.replace(`${distDir}en/`, `${distDir}pt-br/`);
      const shape = quizShape(file);
      expect(shape.length, urlOf(file)).toBeGreaterThanOrEqual(1);
      for (const quiz of shape) expect(quiz.questions.length, `${urlOf(file)} ${quiz.id}`).toBeGreaterThanOrEqual(3);
      expect(quizShape(twin), urlOf(twin)).toEqual(shape);
    }
  });

  it('every lesson has at least one diagram with an accessible name, in both languages', () => {
    for (const locale of ['en', 'pt-br']) {
      for (const file of lessonPages(locale)) {
        const content = readFileSync(file, 'utf8').split('<div class="sl-markdown-content">')[1] ?? '';
        expect(/<svg\b[^>]*role="img"/.test(content), urlOf(file)).toBe(true);
      }
    }
  });
});
