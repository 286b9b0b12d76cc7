import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SECONDS_PER_TALK_SLIDE, talkLessonSlugs, talkLessons, talkSlideTitles } from '../../src/utils/talk-plan.ts';
import { indexLessons } from '../../src/utils/lesson-index.ts';
import { localeKeys } from '../../src/utils/locales.ts';

const lessonsDir = fileURLToPath(new URL('../../content/lessons/', import.meta.url));

describe('talk plan', () => {
  it('keeps the intro and each ## slide, but not vertical sub-slides, exercises, quizzes or headings in code', () => {
    const mdx = [
      '---', 'title: x', '---', "import { Notes } from '~/components/lesson';", '', 'Intro.', '',
      '## One', '', '### Deep dive', '', '---', '', 'More deep dive.', '', '## Break', '', 'A', '', '---', '', 'B', '', '## Try it', '', '<Exercise id="x" />', '',
      '## Two', '', '```md', '## not a slide', '```', '', '<ReadingOnly>', '', '## hidden heading', '', '</ReadingOnly>', '',
      '## Check yourself', '', '<Quiz id="x" questions={[]} />', '',
    ].join('\n');
    expect(talkSlideTitles(mdx)).toEqual(['(intro)', 'One', 'Break', '(break)', 'Two']);
  });

  it('the whole talk fits 60–90 minutes in both languages, with the same slides in each', () => {
    const lessons = indexLessons(lessonsDir);
    const minutes = Object.fromEntries(
      localeKeys.map((locale) => {
        const slides = talkLessons(lessons[locale], (l) => l.slug).reduce((sum, l) => sum + 1 + talkSlideTitles(readFileSync(`${lessonsDir}/${locale}/${l.slug}.mdx`, 'utf8')).length, 3);
        return [locale, (slides * SECONDS_PER_TALK_SLIDE) / 60];
      }),
    );
    expect(minutes['pt-br']).toBe(minutes.en);
    expect(minutes.en).toBeGreaterThanOrEqual(60);
    expect(minutes.en).toBeLessThanOrEqual(90);
  });

  it('content/talk.json names existing lessons, each once, in course order', () => {
    const course = indexLessons(lessonsDir).en.map((l) => l.slug);
    expect(new Set(talkLessonSlugs).size).toBe(talkLessonSlugs.length);
    expect(talkLessonSlugs.filter((slug) => !course.includes(slug))).toEqual([]);
    expect([...talkLessonSlugs].sort((a, b) => course.indexOf(a) - course.indexOf(b))).toEqual(talkLessonSlugs);
  });
});
