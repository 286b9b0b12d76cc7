import { describe, expect, it } from 'vitest';
import { definitionsFor, glossaryEntries } from '../../../src/features/glossary/entries.ts';
import { lessonOutline } from '../../../src/course/lesson-outline.ts';

describe('glossary terms in a lesson', () => {
  it('the outline lists the glossary entries a lesson links to, once each, in order of first use', () => {
    const mdx = ['---', 'title: x', '---', 'A [pod](/en/glossary/#pod) runs an [image](/en/glossary/#image).', '', '## Two', '', 'Another [pod](/en/glossary/#pod), a [page](/en/namespaces/).', ''].join('\n');
    expect(lessonOutline(mdx).glossaryTerms).toEqual(['pod', 'image']);
  });

  it('ships only the definitions a page links to, in its language, and skips unknown ids', () => {
    const [first] = glossaryEntries('pt-br');
    const definitions = definitionsFor('pt-br', [first!.id, 'no-such-term']);
    expect(Object.keys(definitions)).toEqual([first!.id]);
    expect(definitions[first!.id]).toEqual({ term: first!.term, definition: first!.definition });
  });
});
