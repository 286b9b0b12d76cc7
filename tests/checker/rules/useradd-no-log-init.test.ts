import { testRule } from '../rule-tester.ts';

testRule('useradd-no-log-init', {
  valid: ['FROM debian:12\nRUN useradd -l -u 123456789 app', 'FROM debian:12\nRUN useradd -u 10001 app', 'FROM debian:12\nRUN useradd --no-log-init --uid=123456789 app'],
  invalid: [
    { code: 'FROM debian:12\nRUN useradd -u 123456789 app', errors: [{ messageId: 'missingNoLogInit', line: 2, column: 5, endLine: 2, endColumn: 29 }], output: 'FROM debian:12\nRUN useradd -l -u 123456789 app' },
    { name: 'an ONBUILD RUN runs in child builds', code: 'FROM debian:12\nONBUILD RUN useradd -u 123456 app', errors: [{ messageId: 'missingNoLogInit', line: 2, column: 13 }], output: 'FROM debian:12\nONBUILD RUN useradd -l -u 123456 app' },
    { code: 'FROM debian:12\nRUN gosu root useradd -u 123456789 app', errors: [{ messageId: 'missingNoLogInit', line: 2, column: 5, endLine: 2, endColumn: 39 }], output: 'FROM debian:12\nRUN gosu root useradd -l -u 123456789 app', name: 'behind gosu' },
  ],
});
