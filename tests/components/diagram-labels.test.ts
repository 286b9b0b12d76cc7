import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const labelsDir = fileURLToPath(new URL('../../content/diagrams/', import.meta.url));
const componentsDir = fileURLToPath(new URL('../../src/components/diagrams/', import.meta.url));
const files = readdirSync(labelsDir).filter((file) => file.endsWith('.json'));

/** Every place in a label table where a label is given per language, with its path for the failure message. */
function bilingualLabels(value: unknown, path: string, found: [string, Record<string, unknown>][] = []) {
  if (Array.isArray(value)) value.forEach((item, index) => bilingualLabels(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object') {
    const entry = value as Record<string, unknown>;
    if ('en' in entry || 'pt-BR' in entry) found.push([path, entry]);
    else for (const [key, item] of Object.entries(entry)) bilingualLabels(item, `${path}.${key}`, found);
  }
  return found;
}

describe('diagram labels (content/diagrams)', () => {
  it.each(files)('%s gives every translated label in en and pt-BR, both filled and of the same kind', (file) => {
    const labels = JSON.parse(readFileSync(labelsDir + file, 'utf8'));
    expect(labels.title).toBeDefined();
    expect(labels.desc).toBeDefined();
    for (const [path, entry] of bilingualLabels(labels, file)) {
      expect(Object.keys(entry).sort(), path).toEqual(['en', 'pt-BR']);
      expect(typeof entry.en, path).toBe(typeof entry['pt-BR']);
      expect(Array.isArray(entry.en), path).toBe(Array.isArray(entry['pt-BR']));
      for (const text of [entry.en, entry['pt-BR']].flat()) expect(String(text).trim(), path).not.toBe('');
    }
  });

  it('every label file is read by exactly one diagram', () => {
    const sources = readdirSync(componentsDir).filter((file) => file.endsWith('.astro')).map((file) => readFileSync(componentsDir + file, 'utf8'));
    for (const file of files) expect(sources.filter((source) => source.includes(`content/diagrams/${file}'`)), file).toHaveLength(1);
  });
});
