import { testRule } from '../rule-tester.ts';

testRule('apt-no-install-recommends', {
  valid: ['FROM debian:12\nRUN apt-get install -y --no-install-recommends curl', 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl'],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get install -y curl', errors: [{ messageId: 'missingFlag', line: 2, column: 5, endLine: 2, endColumn: 28 }], output: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl' },
    { code: 'FROM debian:12\nONBUILD RUN apt-get install -y curl', errors: [{ messageId: 'missingFlag', line: 2, column: 13, endLine: 2, endColumn: 36 }], output: 'FROM debian:12\nONBUILD RUN apt-get install --no-install-recommends -y curl', name: 'ONBUILD RUN' },
    { code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]', errors: [{ messageId: 'missingFlag', line: 2, column: 6, endLine: 2, endColumn: 40 }], output: 'FROM debian:12\nRUN ["apt-get", "install", "--no-install-recommends", "-y", "curl"]', name: 'exec form' },
    { code: 'FROM debian:12\nRUN bash -lc "apt-get install -y curl"', errors: [{ messageId: 'missingFlag', line: 2, column: 15, endLine: 2, endColumn: 38 }], output: 'FROM debian:12\nRUN bash -lc "apt-get install --no-install-recommends -y curl"', name: 'inside bash -lc' },
  ],
});
