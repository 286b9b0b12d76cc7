import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDockerfile, parseDockerfile } from '../../src/checker/index.ts';
import { toBuildkitNode } from './buildkit-format.ts';
import { goldenDir, goldenNote, hasGolden, readText } from './corpus-files.ts';

const positiveDir = join(goldenDir, 'buildkit-parser', 'testfiles');
const negativeDir = join(goldenDir, 'buildkit-parser', 'testfiles-negative');

const fixtures = (dir: string) => (hasGolden ? readdirSync(dir).sort() : []);

describe.skipIf(!hasGolden)(`BuildKit parser fixtures${goldenNote}`, () => {
  it('has fixtures', () => expect(fixtures(positiveDir).length).toBeGreaterThan(0));

  for (const name of fixtures(positiveDir)) {
    it(`parses ${name} as BuildKit does`, () => {
      const model = parseDockerfile(readText(join(positiveDir, name, 'Dockerfile')));
      const expected = readText(join(positiveDir, name, 'result')).split('\n').filter((line) => line.trim() !== '');
      expect(model.instructions.map(toBuildkitNode)).toEqual(expected);
    });
  }

  for (const name of fixtures(negativeDir)) {
    it(`rejects ${name}`, () => {
      const findings = checkDockerfile(readText(join(negativeDir, name, 'Dockerfile')));
      expect(findings.some((finding) => finding.severity === 'error' && finding.rule === 'syntax-error')).toBe(true);
    });
  }
});
