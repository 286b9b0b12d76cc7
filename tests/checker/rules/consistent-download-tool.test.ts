import { testRule } from '../rule-tester.ts';

testRule('consistent-download-tool', {
  valid: [
    'FROM debian:stable-20210621\nRUN curl http://bing.com\nRUN curl http://google.com\n\nFROM baseimage:1.0\nUSER mike\nRUN wget http://bing.com',
  ],
  invalid: [
    { code: 'FROM debian:stable-20210621\nRUN wget http://bing.com\nRUN curl http://google.com', errors: [{ messageId: 'both', line: 3, column: 5, endLine: 3, endColumn: 9 }] },
    { name: 'an ONBUILD RUN counts in its stage', code: 'FROM debian:12\nRUN curl -fsSLO https://x/a\nONBUILD RUN wget https://x/b', errors: [{ messageId: 'both', line: 3, column: 13 }] },
  ],
});
