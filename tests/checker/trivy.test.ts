import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDockerfile, rules } from '../../src/checker/index.ts';
import { goldenDir, goldenNote, hasGolden } from './corpus-files.ts';

interface TrivyExample {
  check: string;
  title: string;
  good: string[];
  bad: string[];
}

const examples: TrivyExample[] = hasGolden ? JSON.parse(readFileSync(join(goldenDir, 'trivy-examples.json'), 'utf8')) : [];
const byCheck = new Map(examples.map((example) => [example.check, example]));

describe('Trivy examples for every Trivy check we alias', () => {
  const aliased = rules.flatMap((rule) => (rule.meta.aliases.trivy ?? []).map((check) => ({ rule: rule.meta.id, check })));

  it('aliases only checks that exist in the corpus or are documented', () => {
    expect(aliased.length).toBeGreaterThan(15);
  });

  it.skipIf(!hasGolden)(`reads Trivy's examples from the shared corpus${goldenNote}`, () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const { rule, check } of aliased) {
    const example = byCheck.get(check);
    if (!example) continue;
    describe(`${check} (${example.title}) → ${rule}`, () => {
      example.bad.forEach((code, n) => {
        it(`bad example #${n + 1} triggers ${rule}`, () => {
          expect(checkDockerfile(code).some((finding) => finding.rule === rule)).toBe(true);
        });
      });
      example.good.forEach((code, n) => {
        it(`good example #${n + 1} does not trigger ${rule}`, () => {
          expect(checkDockerfile(code).filter((finding) => finding.rule === rule)).toEqual([]);
        });
      });
    });
  }
});
