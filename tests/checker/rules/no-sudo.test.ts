import { testRule } from '../rule-tester.ts';

testRule('no-sudo', {
  valid: ['FROM alpine:3.13\nRUN  pip install --upgrade pip\nUSER mike', 'FROM alpine:3.13\nRUN echo sudo'],
  invalid: [
    { code: 'FROM alpine:3.13\nRUN  sudo pip install --upgrade pip\nUSER mike', errors: [{ messageId: 'noSudo', line: 2, column: 6, endLine: 2, endColumn: 10 }] },
    { code: 'FROM alpine:3.13\nRUN ["sudo", "id"]', errors: [{ messageId: 'noSudo', line: 2, column: 5, endLine: 2, endColumn: 19 }] },
    { name: 'an ONBUILD RUN runs in child builds', code: 'FROM debian:12\nONBUILD RUN apt-get update && sudo apt-get install -y make', errors: [{ messageId: 'noSudo', line: 2, column: 31 }] },
  ],
});
