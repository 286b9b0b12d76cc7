import { describe, expect, it } from 'vitest';
import { checkDockerfile } from '../../src/checker/index.ts';
import { corpusDir, corpusNote, hasCorpus, listDockerfiles, readText } from './corpus-files.ts';

const files = listDockerfiles();

describe.skipIf(!hasCorpus)(`real-world corpus${corpusNote}`, () => {
  it('has all 654 Dockerfiles', () => expect(files.length).toBe(654));

  // `*.template` files are docker-library / nginx generator templates (`%%VERSION%%`, `{{ jq }}`):
  // Docker cannot build them, so they only have to be read without an exception.
  it('checks every file with no exception, and buildable files with no syntax error', () => {
    const problems: string[] = [];
    for (const file of files) {
      const findings = checkDockerfile(readText(file), { fileName: file });
      if (file.endsWith('.template')) continue;
      for (const finding of findings.filter((f) => f.rule === 'syntax-error')) {
        problems.push(`${file.slice(corpusDir.length)}:${finding.line}:${finding.column} ${finding.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
