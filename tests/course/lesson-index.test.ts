import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLessons } from '../../src/course/lesson-index.ts';

const valid = (overrides: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    title: 'A lesson',
    description: 'What it is about.',
    module: 'foundations',
    order: '1',
    duration: '20',
    objectives: '\n  - Learn a thing',
    sources: '\n  - title: Kernel docs\n    url: https://docs.kernel.org/',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n## Slide\n`;
};

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('lesson index (config-time validation)', () => {
  it('returns lessons per language in course order', () => {
    const dir = fixture({
      'en/b.mdx': valid({ order: '2', title: 'B' }),
      'en/a.mdx': valid({ order: '1', title: 'A' }),
      'pt-br/a.mdx': valid({ order: '1', title: 'A-pt' }),
      'pt-br/b.mdx': valid({ order: '2', title: 'B-pt' }),
    });
    const index = indexLessons(dir);
    expect(index.en.map((l) => l.slug)).toEqual(['a', 'b']);
    expect(index['pt-br'].map((l) => l.title)).toEqual(['A-pt', 'B-pt']);
  });

  it('names the file and the field when a field is missing', () => {
    const dir = fixture({ 'en/a.mdx': valid({ duration: '' }), 'pt-br/a.mdx': valid() });
    expect(() => indexLessons(dir)).toThrow(/content\/lessons\/en\/a\.mdx: frontmatter field "duration"/);
  });

  it('names the file and the field when a value has the wrong shape', () => {
    const dir = fixture({
      'en/a.mdx': valid(),
      'pt-br/a.mdx': valid({ module: 'cooking', sources: '\n  - title: Bad\n    url: not a url' }),
    });
    const error = (() => {
      try {
        indexLessons(dir);
      } catch (e) {
        return String(e);
      }
    })();
    expect(error).toMatch(/content\/lessons\/pt-br\/a\.mdx: frontmatter field "module"/);
    expect(error).toMatch(/content\/lessons\/pt-br\/a\.mdx: frontmatter field "sources\.0\.url"/);
  });

  it('fails when a lesson is missing in one language, naming the expected file', () => {
    const dir = fixture({ 'en/a.mdx': valid(), 'en/b.mdx': valid({ order: '2' }), 'pt-br/a.mdx': valid() });
    expect(() => indexLessons(dir)).toThrow(/content\/lessons\/en\/b\.mdx: missing in "pt-br" \(expected content\/lessons\/pt-br\/b\.mdx\)/);
  });

  it('fails when translations disagree on module or order', () => {
    const dir = fixture({ 'en/a.mdx': valid(), 'pt-br/a.mdx': valid({ order: '3' }) });
    expect(() => indexLessons(dir)).toThrow(/pt-br\/a\.mdx: frontmatter field "order" is 3 but content\/lessons\/en\/a\.mdx says 1/);
  });

  it('reports a file without frontmatter or with broken YAML', () => {
    const dir = fixture({ 'en/a.mdx': '## No frontmatter\n', 'pt-br/a.mdx': '---\ntitle: [unclosed\n---\n' });
    let message = '';
    try {
      indexLessons(dir);
    } catch (e) {
      message = String(e);
    }
    expect(message).toMatch(/en\/a\.mdx: no frontmatter block/);
    expect(message).toMatch(/pt-br\/a\.mdx: frontmatter is not valid YAML/);
  });
});
