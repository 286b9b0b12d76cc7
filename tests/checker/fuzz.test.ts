import { describe, expect, it } from 'vitest';
import { checkDockerfile, parseDockerfile } from '../../src/checker/index.ts';
import { corpusNote, hasCorpus, listDockerfiles, readText } from './corpus-files.ts';

/** Small deterministic PRNG (mulberry32) so failures can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = ['\\', '\\\n', '"', "'", '[', ']', '<<EOF', '<<-X\n', '\n', '$', '${', '}', '`', '#', '\0', '\r', '--', '=', '&&', '|', ';', ' AS ', '\t', 'FROM ', 'RUN ', '\uFEFF', '\u2028'];

function mutate(text: string, next: () => number): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 8);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (result.length + 1));
    const kind = next();
    if (kind < 0.4) result = result.slice(0, at) + NASTY[Math.floor(next() * NASTY.length)] + result.slice(at);
    else if (kind < 0.7) result = result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 20));
    else if (kind < 0.85) result = result.slice(0, at);
    else {
      const lines = result.split('\n');
      const line = Math.floor(next() * lines.length);
      lines.splice(line, 0, lines[Math.floor(next() * lines.length)] ?? '');
      result = lines.join('\n');
    }
  }
  return result;
}

const expectNoThrow = (text: string) => {
  const findings = checkDockerfile(text);
  expect(Array.isArray(findings)).toBe(true);
  for (const finding of findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.endLine * 1e6 + finding.endColumn).toBeGreaterThanOrEqual(finding.line * 1e6 + finding.column);
  }
};

describe('fuzzing', () => {
  const corpus = listDockerfiles();

  it.skipIf(!hasCorpus)(`survives 400 seeded mutations of corpus files${corpusNote}`, () => {
    const next = random(20261122);
    for (let n = 0; n < 400; n++) {
      const source = readText(corpus[Math.floor(next() * corpus.length)]);
      expectNoThrow(mutate(source, next));
    }
  });

  it.skipIf(!hasCorpus)(`reads a 1 MB Dockerfile${corpusNote}`, () => {
    let big = '';
    for (let i = 0; big.length < 1_000_000; i++) big += readText(corpus[i % corpus.length]) + '\n';
    expectNoThrow(big);
  });

  it('reads 10,000 continuation lines as one instruction', () => {
    const text = 'FROM alpine:3.20\nRUN echo start \\\n' + '  && echo line \\\n'.repeat(10_000) + '  && echo end\n';
    const model = parseDockerfile(text);
    expect(model.instructions).toHaveLength(2);
    expect(model.instructions[1].shell?.commands.length).toBe(10_002);
    expectNoThrow(text);
  });

  it('handles NUL bytes, unterminated JSON arrays, heredocs and quotes', () => {
    for (const text of [
      'FROM alpine\0:3\nRUN \0\0',
      'FROM alpine:3.20\nCMD ["a", "b"',
      'FROM alpine:3.20\nENTRYPOINT ["a", [',
      'FROM alpine:3.20\nRUN <<EOF\necho never closed',
      'FROM alpine:3.20\nCOPY <<A <<B /x\na\nA\n',
      'FROM alpine:3.20\nRUN echo "unterminated \\\n',
      'FROM alpine:3.20\nRUN echo $(( \\',
      '\\',
      '# escape=`\nFROM alpine`\n',
      'ONBUILD ONBUILD ONBUILD',
      'FROM ${',
      'HEALTHCHECK --interval= CMD',
      'FROM a AS\nCOPY --from= x',
      '\uFEFF# syntax=docker/dockerfile:1\nFROM alpine:3.20',
    ]) {
      expectNoThrow(text);
    }
  });

  it('never throws on inputs that are not strings', () => {
    expect(() => checkDockerfile(undefined as unknown as string)).not.toThrow();
    expect(() => checkDockerfile(42 as unknown as string)).not.toThrow();
  });
});

describe('odd options', () => {
  it('ignores malformed config values instead of throwing', () => {
    const config = { ignored: 'DL3006', override: { loud: ['no-sudo'], error: 'no-sudo' } } as never;
    expect(() => checkDockerfile('FROM node\nRUN sudo id', { config, lang: 'fr' as never })).not.toThrow();
  });
});
