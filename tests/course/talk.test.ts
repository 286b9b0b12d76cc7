import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonOutline, mainLine } from '../../src/course/lesson-outline.ts';
import { defaultTalk, isLiveDemo, planTalk, talkProblems, talkVariantPath, talkVariants } from '../../src/course/talk.ts';
import { indexLessons } from '../../src/course/lesson-index.ts';
import { localeKeys, type LocaleKey } from '../../src/course/locales.ts';

const lessonsDir = fileURLToPath(new URL('../../content/lessons/', import.meta.url));
const course = indexLessons(lessonsDir);
const outlineIn = (locale: LocaleKey) => (slug: string) =>
  course[locale].some((l) => l.slug === slug) ? lessonOutline(readFileSync(`${lessonsDir}/${locale}/${slug}.mdx`, 'utf8')) : undefined;

describe('the talk plan', () => {
  it('keeps the intro and each ## slide, but not vertical sub-slides, exercises, quizzes or headings in code', () => {
    const mdx = [
      '---', 'title: x', '---', "import { Notes } from '~/components/lesson';", '', 'Intro.', '',
      '## One', '', '### Deep dive', '', '---', '', 'More deep dive.', '', '## Break', '', 'A', '', '---', '', 'B', '', '## Try it', '', '<Exercise id="x" />', '',
      '## Two', '', '```md', '## not a slide', '```', '', '<ReadingOnly>', '', '## hidden heading', '', '</ReadingOnly>', '',
      '## Check yourself', '', '<Quiz id="x" questions={[]} />', '',
    ].join('\n');
    expect(mainLine(lessonOutline(mdx)).map((s) => s.title)).toEqual(['(intro)', 'One', 'Break', '(break)', 'Two']);
  });

  it('leaves live simulators and labs to the lesson decks unless a variant asks for them', () => {
    const mdx = ['---', 'title: x', '---', 'Intro.', '', '## Lab', '', '<LinuxLab id="cgroups" />', '', '## Simulate', '', '<CgroupLimits />', '', '## Words', '', 'Text.', ''].join('\n');
    const outline = lessonOutline(mdx);
    expect(mainLine(outline).filter(isLiveDemo).map((s) => s.title)).toEqual(['Lab', 'Simulate']);
    const without = planTalk({ id: 'x', slot: 30, liveDemos: false, lessons: [{ slug: 'x' }] }, () => outline);
    const withDemos = planTalk({ id: 'x', slot: 30, liveDemos: true, lessons: [{ slug: 'x' }] }, () => outline);
    expect(without.lessons[0]!.slides.map((s) => s.title)).toEqual(['(intro)', 'Words']);
    expect(withDemos.lessons[0]!.slides).toHaveLength(4);
  });

  it('has a default talk and variants with unique ids, each at its own URL', () => {
    expect(defaultTalk.id).toBe('default');
    expect(new Set(talkVariants.map((v) => v.id)).size).toBe(talkVariants.length);
    expect(talkVariants.map((v) => talkVariantPath('pt-br', v))).toEqual(talkVariants.map((v) => (v.id === 'default' ? '/pt-br/talk/' : `/pt-br/talk/${v.id}/`)));
    expect(talkVariants.map((v) => v.slot).sort((a, b) => a - b)).toEqual([30, 45, 90]);
  });

  it.each(talkVariants.map((v) => [v.id, v] as const))('talk "%s" names existing lessons and slides, each lesson once, in course order', (_, variant) => {
    const order = course.en.map((l) => l.slug);
    const slugs = variant.lessons.map((l) => l.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(slugs);
    for (const locale of localeKeys) expect(talkProblems(variant, outlineIn(locale))).toEqual([]);
  });

  it.each(talkVariants.map((v) => [v.id, v] as const))('talk "%s" fits its slot, with the same slides in both languages', (_, variant) => {
    const plans = localeKeys.map((locale) => planTalk(variant, (slug) => outlineIn(locale)(slug)!));
    expect(plans[1]!.slideCount).toBe(plans[0]!.slideCount);
    const { minutes } = plans[0]!;
    expect(minutes).toBeLessThanOrEqual(variant.slot);
    expect(minutes).toBeGreaterThanOrEqual(variant.slot * 0.7);
  });

  it('keeps the default talk at about 80 minutes', () => {
    const { minutes } = planTalk(defaultTalk, (slug) => outlineIn('en')(slug)!);
    expect(minutes).toBeGreaterThanOrEqual(75);
    expect(minutes).toBeLessThanOrEqual(85);
  });
});
