import { describe, expect, it } from 'vitest';
import { checkDockerfile, parseDockerfile } from '../../src/checker/index.ts';
import { parseCheckOptions } from '../../src/checker/model/instruction-syntax.ts';
import { checkDirectiveErrorOnWarn } from '../../src/checker/suppressions.ts';

const linesOf = (text: string, rule: string) => checkDockerfile(text).filter((f) => f.rule === rule).map((f) => f.line);

describe('BuildKit # check=skip= above one instruction', () => {
  it('skips the named check on that instruction only', () => {
    const text = 'FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD serve\nENTRYPOINT serve';
    expect(linesOf(text, 'exec-form-cmd')).toEqual([4]);
  });

  it('accepts our ids, other peers\' ids, spacing and case variants, and a trailing note', () => {
    expect(linesOf('FROM alpine:3.20\n#  CHECK = skip=exec-form-cmd // signals handled by tini\nCMD serve', 'exec-form-cmd')).toEqual([]);
    expect(linesOf('FROM alpine:3.20\n# check=skip=DL3025,WorkdirRelativePath\nCMD serve', 'exec-form-cmd')).toEqual([]);
  });

  it('skip=all skips every check on that instruction but never a syntax error', () => {
    const text = 'FROM alpine:3.20\n# check=skip=all\nCMD serve\nCMD serve';
    expect(linesOf(text, 'exec-form-cmd')).toEqual([4]);
    expect(linesOf('FROM alpine:3.20\n# check=skip=all\nCOPY --form=a b /c', 'syntax-error')).toEqual([3]);
  });

  it('reads every comment since the previous instruction, across blank lines, until an empty #', () => {
    expect(linesOf('FROM alpine:3.20\n# check=skip=JSONArgsRecommended\n\n# serves the app\nCMD serve', 'exec-form-cmd')).toEqual([]);
    expect(linesOf('FROM alpine:3.20\n# check=skip=JSONArgsRecommended\n#\nCMD serve', 'exec-form-cmd')).toEqual([4]);
  });

  it('only the first check= comment counts, and an invalid one skips nothing', () => {
    expect(linesOf('FROM alpine:3.20\n# check=skip=FromAsCasing\n# check=skip=JSONArgsRecommended\nCMD serve', 'exec-form-cmd')).toEqual([4]);
    expect(linesOf('FROM alpine:3.20\n# check=skip=JSONArgsRecommended;colour=blue\nCMD serve', 'exec-form-cmd')).toEqual([3]);
  });
});

describe('BuildKit # check= parser directive', () => {
  it('reads skip lists, skip=all and error= as BuildKit does', () => {
    expect(parseCheckOptions('skip=A,B;error=true')).toEqual({ skip: ['A', 'B'], skipAll: false, errorOnWarn: true });
    // BuildKit stops reading at the first space.
    expect(parseCheckOptions('skip=A, B;error=true')).toEqual({ skip: ['A'], skipAll: false, errorOnWarn: false });
    expect(parseCheckOptions('skip=all // reason')).toEqual({ skip: [], skipAll: true, errorOnWarn: false });
    expect(parseCheckOptions('error=1;experimental=all')).toEqual({ skip: [], skipAll: false, errorOnWarn: true });
    expect(parseCheckOptions('skip')).toBeNull();
    expect(parseCheckOptions('error=yes')).toBeNull();
    expect(parseCheckOptions('skip=A;colour=blue')).toBeNull();
  });

  it('turns the listed rules off for the whole file, by any alias', () => {
    expect(linesOf('# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.20\nCMD serve', 'exec-form-cmd')).toEqual([]);
    expect(checkDirectiveErrorOnWarn(parseDockerfile('# check=error=true\nFROM alpine:3.20'))).toBe(true);
    expect(checkDirectiveErrorOnWarn(parseDockerfile('FROM alpine:3.20\n# check=error=true\nRUN x'))).toBe(false);
  });

  it('reports a check directive BuildKit refuses as a syntax error', () => {
    expect(linesOf('# check=skip=all;colour=blue\nFROM alpine:3.20', 'syntax-error')).toEqual([1]);
  });
});

describe('hadolint pragmas', () => {
  it('global ignore turns a rule off everywhere', () => {
    expect(linesOf('# hadolint global ignore=DL3025\nFROM alpine:3.20\nCMD serve\nFROM alpine:3.20\nCMD serve', 'exec-form-cmd')).toEqual([]);
  });

  it('stage ignore above FROM turns a rule off in that stage', () => {
    const text = '# hadolint stage ignore=DL3025\nFROM alpine:3.20 AS one\nCMD serve\nFROM alpine:3.20\nCMD serve';
    expect(linesOf(text, 'exec-form-cmd')).toEqual([5]);
  });

  it('ignore accepts several spaces and a trailing comment', () => {
    expect(linesOf('FROM alpine:3.20\n# hadolint   ignore=DL3025 # tini forwards signals\nCMD serve', 'exec-form-cmd')).toEqual([]);
  });
});

describe('# check=error=true', () => {
  const severities = (text: string) => checkDockerfile(text).map((finding) => `${finding.rule}:${finding.severity}`);

  it('turns the warnings of rules BuildKit also checks into errors, as BuildKit fails the build on them', () => {
    expect(severities('# check=error=true\nFROM alpine:3.20\nCMD serve')).toContain('exec-form-cmd:error');
    expect(severities('FROM alpine:3.20\nCMD serve')).toContain('exec-form-cmd:warning');
  });

  it('leaves rules that BuildKit does not check as they are', () => {
    expect(severities('# check=error=true\nFROM alpine:3.20\nRUN apk add curl')).toContain('non-root-user:warning');
  });
});
