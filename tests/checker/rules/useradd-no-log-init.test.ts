import { testRule } from '../rule-tester.ts';

testRule('useradd-no-log-init', {
  valid: ['FROM debian:12\nRUN useradd -l -u 123456789 app', 'FROM debian:12\nRUN useradd -u 10001 app', 'FROM debian:12\nRUN useradd --no-log-init --uid=123456789 app'],
  invalid: [
    { code: 'FROM debian:12\nRUN useradd -u 123456789 app', errors: [{ messageId: 'missingNoLogInit', line: 2, column: 5, endLine: 2, endColumn: 29 }], output: 'FROM debian:12\nRUN useradd -l -u 123456789 app' },
  ],
});
