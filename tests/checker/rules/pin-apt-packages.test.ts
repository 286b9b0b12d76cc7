import { describe, expect, it } from 'vitest';
import { checkDockerfile } from '../../../src/checker/index.ts';
import { testRule } from '../rule-tester.ts';

testRule('pin-apt-packages', {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u8',
    { code: 'FROM debian:12\nRUN apt-get install -y git=1:2.39.* python3=3.11.2-1+b1', name: 'epoch and wildcard versions' },
    { code: 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports golang-go=2:1.22~3~bpo12+1', name: 'the -t value is a release, not a package' },
    { code: 'FROM debian:12\nRUN apt-get install -y golang-go/bookworm-backports', name: 'a target release after a slash' },
    { code: 'FROM debian:12\nRUN apt-get install -y ./vendor/tool_1.2.3_amd64.deb', name: 'a local .deb file' },
    { code: 'FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confnew install -y nginx=1.22.1-9', name: 'option values before the subcommand' },
    { code: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends $BUILD_DEPS', name: 'packages held in a variable are unknown here' },
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y',
    'FROM debian:12\nRUN apt-get remove -y curl',
    'FROM debian:12\nRUN echo "apt-get install curl" > notes.txt',
    'FROM debian:12\nRUN apt-cache policy curl',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get install -y curl', errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 28 }] },
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 git',
      errors: [{ messageId: 'unpinned', line: 2, column: 23 }],
      name: 'one pinned package does not cover the others',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      ca-certificates \\\n      curl=7.88.* \\\n      git',
      errors: [{ messageId: 'unpinned', line: 3, column: 5, endLine: 6, endColumn: 10 }],
      name: 'across continuation lines',
    },
    { code: 'FROM ubuntu:24.04\nRUN apt install -y htop', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'apt as well as apt-get' },
    { code: 'FROM debian:12\nRUN sudo apt-get -y install vim', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'behind sudo, options before the subcommand' },
    { code: 'FROM debian:12\nONBUILD RUN apt-get install -y make', errors: [{ messageId: 'unpinned', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
    {
      code: 'FROM debian:12\nRUN apt-get install -y make && apt-get install -y gcc=4:12.2.0-3 g++',
      errors: [{ messageId: 'unpinned', line: 2, column: 5 }, { messageId: 'unpinned', line: 2, column: 32 }],
      name: 'one finding per install command',
    },
  ],
});

describe('pin-apt-packages message', () => {
  it('names the first three unpinned packages', () => {
    const [finding] = checkDockerfile('FROM debian:12\nRUN apt-get install -y curl git=1:2.39.* jq make tar').filter((f) => f.rule === 'pin-apt-packages');
    expect(finding.message).toContain('curl, jq, make …');
    expect(finding.severity).toBe('info');
  });
});
