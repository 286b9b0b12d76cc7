import { testRule } from '../rule-tester.ts';

testRule('prefer-apt-get', {
  valid: ['FROM debian:12\nRUN apt-get update', 'FROM debian:12\nRUN echo apt install'],
  invalid: [
    { code: 'FROM debian:12\nRUN apt update && apt install -y curl', errors: [{ messageId: 'useAptGet', line: 2, column: 5, endLine: 2, endColumn: 8 }, { messageId: 'useAptGet', line: 2, column: 19, endLine: 2, endColumn: 22 }], output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl' },
    { code: 'FROM debian:12\nRUN apt list --installed', errors: [{ messageId: 'useAptGet', line: 2, column: 5, endLine: 2, endColumn: 8 }], name: 'no apt-get equivalent, no fix' },
    { code: 'FROM debian:12\nONBUILD RUN apt install -y curl', errors: [{ messageId: 'useAptGet', line: 2, column: 13, endLine: 2, endColumn: 16 }], output: 'FROM debian:12\nONBUILD RUN apt-get install -y curl', name: 'ONBUILD RUN' },
    { code: 'FROM debian:12\nRUN ["apt", "install", "-y", "curl"]', errors: [{ messageId: 'useAptGet', line: 2, column: 6, endLine: 2, endColumn: 11 }], output: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]', name: 'exec form: the fix writes a JSON string' },
  ],
});
