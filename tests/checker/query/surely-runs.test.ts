import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/checker/index.ts';
import { callsOf, surelyRun } from '../../../src/checker/query/commands.ts';

/** The commands of one RUN that may not run in a build that succeeds, as `name arg…`. */
function mayNotRun(script: string): string[] {
  const run = parseDockerfile(`FROM debian:12\nRUN ${script}`).instructions[1];
  return callsOf(run).filter((call) => call.mayNotRun).map((call) => [call.name, ...call.args.map((word) => word.value)].join(' '));
}

describe('commands that surely run', () => {
  it.each([
    'apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*',
    'apt-get update; apt-get install -y x; rm -rf /var/lib/apt/lists/*',
    'make && echo done',
    'if true; then rm -rf /tmp/x; fi',
    'set -e; for f in a b; do rm -f $f; done',
    'exit 1; rm -rf /tmp/x',
    '( exit 0 ); rm -rf /tmp/x',
    '! true || rm -rf /tmp/x',
    'false || rm -rf /tmp/x',
  ])('%s', (script) => {
    expect(mayNotRun(script)).toEqual([]);
  });
});

describe('commands that may not run', () => {
  it.each([
    ['apt-get update && apt-get install -y x && true || rm -rf /var/lib/apt/lists/*', ['rm -rf /var/lib/apt/lists/*']],
    [': || useradd app', ['useradd app']],
    ['make || true', ['true']],
    ['! false || rm -rf /tmp/x', ['rm -rf /tmp/x']],
    ['apt-get install -y x || apt-get clean', ['apt-get clean']],
    ['true && false && rm -rf /tmp/x', ['rm -rf /tmp/x']],
    ['if false; then apt-get clean; fi', ['apt-get clean']],
    ['if [ -f x ]; then rm a; else rm b; fi', ['rm a', 'rm b']],
    ['if true; then echo a; else rm b; fi', ['rm b']],
    ['if false; then echo a; elif true; then rm b; else rm c; fi', ['echo a', 'rm c']],
    ['while false; do rm a; done', ['rm a']],
    ['exit 0; rm -rf /var/lib/apt/lists/*', ['rm -rf /var/lib/apt/lists/*']],
    ['exit; apt-get clean', ['apt-get clean']],
    ['[ -f x ] && exit 0; apt-get clean', ['exit 0', 'apt-get clean']],
    ['true && { exit 0; }; apt-get clean', ['apt-get clean']],
    ['case "$A" in a) rm x ;; *) rm y ;; esac', ['rm x', 'rm y']],
    ['clean() { rm -rf /tmp/x; }; echo', ['rm -rf /tmp/x']],
    ["true || sh -c 'apt-get clean'", ["sh -c apt-get clean", 'apt-get clean']],
    ["sh -c 'true || apt-get clean'", ['apt-get clean']],
  ])('%s', (script, expected) => {
    expect(mayNotRun(script)).toEqual(expected);
  });

  it('leaves them out of surelyRun, but not out of callsOf', () => {
    const run = parseDockerfile('FROM debian:12\nRUN true || useradd app').instructions[1];
    expect(callsOf(run).map((call) => call.name)).toEqual(['true', 'useradd']);
    expect(surelyRun(callsOf(run)).map((call) => call.name)).toEqual(['true']);
  });
});
