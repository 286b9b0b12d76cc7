import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDockerfile, parseDockerfile } from '../../src/checker/index.ts';
import { toBuildkitNode } from './buildkit-format.ts';
import { goldenDir, readText } from './corpus-files.ts';

const positiveDir = join(goldenDir, 'buildkit-parser', 'testfiles');
const negativeDir = join(goldenDir, 'buildkit-parser', 'testfiles-negative');

describe('BuildKit parser fixtures', () => {
  for (const name of readdirSync(positiveDir).sort()) {
    it(`parses ${name} as BuildKit does`, () => {
      const model = parseDockerfile(readText(join(positiveDir, name, 'Dockerfile')));
      const expected = readText(join(positiveDir, name, 'result')).split('\n').filter((line) => line.trim() !== '');
      expect(model.instructions.map(toBuildkitNode)).toEqual(expected);
    });
  }

  for (const name of readdirSync(negativeDir).sort()) {
    it(`rejects ${name}`, () => {
      const findings = checkDockerfile(readText(join(negativeDir, name, 'Dockerfile')));
      expect(findings.some((finding) => finding.severity === 'error' && finding.rule === 'syntax-error')).toBe(true);
    });
  }
});
