import { testRule } from '../rule-tester.ts';

testRule('apt-no-install-recommends', {
  valid: ['FROM debian:12\nRUN apt-get install -y --no-install-recommends curl', 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl'],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get install -y curl', errors: [{ messageId: 'missingFlag', line: 2, column: 5, endLine: 2, endColumn: 28 }], output: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl' },
  ],
});
