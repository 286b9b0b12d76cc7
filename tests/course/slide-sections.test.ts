import { describe, expect, it } from 'vitest';
import { slideOutline } from './slide-outline.ts';

const notes = '<Notes>\nSay this.\n</Notes>';

describe('slide sections', () => {
  it('turns content before the first heading into an intro slide and keeps imports at top level', () => {
    const { slides, topLevel } = slideOutline(`import { Notes } from '~/x';\n\nHello.\n\n${notes}\n\n## One\n\nText.\n`);
    expect(topLevel[0]).toBe('mdxjsEsm');
    expect(slides.map((s) => s.index)).toEqual(['0', '1']);
    expect(slides[0]).toMatchObject({ children: ['p', '<Notes>'], notes: 1 });
    expect(slides[1].children).toEqual(['h2', 'p']);
  });

  it('starts with the first h2 when there is no intro content', () => {
    const { slides } = slideOutline(`import { Notes } from '~/x';\n\n## One\n\nA\n\n## Two\n\nB\n`);
    expect(slides.map((s) => s.index)).toEqual(['0', '1']);
  });

  it('makes h3 under an h2 a vertical sub-slide in a stack', () => {
    const { slides, topLevel } = slideOutline(`## One\n\nA\n\n### One.a\n\nB\n\n### One.b\n\nC\n\n## Two\n\nD\n`);
    expect(slides.map((s) => s.index)).toEqual(['0/0', '0/1', '0/2', '1']);
    expect(topLevel).toEqual(['section', 'section']);
    expect(slides[1].children).toEqual(['h3', 'p']);
  });

  it('treats an h3 before any h2 as a horizontal slide', () => {
    const { slides } = slideOutline(`Intro\n\n### Lone\n\nA\n\n## Next\n\nB\n`);
    expect(slides.map((s) => s.index)).toEqual(['0', '1', '2']);
  });

  it('forces a break on --- and drops the rule itself', () => {
    const { slides } = slideOutline(`## One\n\nA\n\n---\n\nB\n\n## Two\n\nC\n`);
    expect(slides.map((s) => s.index)).toEqual(['0', '1', '2']);
    expect(slides[1].children).toEqual(['p']);
  });

  it('a --- inside a vertical stack adds another vertical slide', () => {
    const { slides } = slideOutline(`## One\n\nA\n\n### Sub\n\nB\n\n---\n\nC\n`);
    expect(slides.map((s) => s.index)).toEqual(['0/0', '0/1', '0/2']);
  });

  it('ignores a trailing --- that would leave an empty slide', () => {
    const { slides } = slideOutline(`## One\n\nA\n\n---\n`);
    expect(slides.map((s) => s.index)).toEqual(['0']);
  });

  it('passes a top-level <Slide> through as its own slide with its index', () => {
    const { slides, topLevel } = slideOutline(
      `## One\n\nA\n\n<Slide data-background-color="#000">\n\n## Inside\n\n${notes}\n\n</Slide>\n\nAfter the custom slide.\n\n## Two\n\nB\n`,
    );
    expect(slides.map((s) => s.index)).toEqual(['0', '1', '2', '3']);
    expect(topLevel).toEqual(['section', '<Slide>', 'section', 'section']);
    expect(slides[1]).toMatchObject({ children: ['h2', '<Notes>'], notes: 1 });
    expect(slides[2].children).toEqual(['p']);
  });

  it('keeps notes inside the slide they belong to', () => {
    const { slides } = slideOutline(`## One\n\nA\n\n${notes}\n\n### Sub\n\n${notes}\n\n## Two\n\n${notes}\n`);
    expect(slides.map((s) => s.notes)).toEqual([1, 1, 1]);
  });

  it('never splits code blocks that contain --- or ## lines', () => {
    const { slides } = slideOutline('## One\n\n```md\n## not a slide\n---\n### nor this\n```\n\n~~~yaml\n---\nkey: v\n~~~\n');
    expect(slides).toHaveLength(1);
    expect(slides[0].children).toEqual(['h2', 'pre', 'pre']);
  });

  it('never splits on headings inside components', () => {
    const { slides } = slideOutline(`## One\n\n<ReadingOnly>\n\n## Not a slide\n\n---\n\n### Nor this\n\n</ReadingOnly>\n`);
    expect(slides).toHaveLength(1);
    expect(slides[0].children).toEqual(['h2', '<ReadingOnly>']);
  });
});
