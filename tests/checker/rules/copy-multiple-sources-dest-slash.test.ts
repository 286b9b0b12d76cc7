import { testRule } from '../rule-tester.ts';

const SHA = '8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3';

testRule('copy-multiple-sources-dest-slash', {
  valid: [
    'FROM alpine:3.13\nCOPY ["package.json", "yarn.lock", "myapp/"]',
    'FROM alpine:3.13\nCOPY a /b',
    'FROM alpine:3.13\nCOPY a b $DEST',
    { name: 'the docker history form of one source', code: `FROM alpine:3.13\nCOPY file:${SHA} in myfile` },
  ],
  invalid: [
    { code: 'FROM alpine:3.13\nCOPY ["package.json", "yarn.lock", "myapp"]', errors: [{ messageId: 'needsSlash', line: 2, column: 6, endLine: 2, endColumn: 44 }] },
    { code: 'FROM alpine:3.13\nCOPY package.json package-lock.json /app', errors: [{ messageId: 'needsSlash', line: 2, column: 37, endLine: 2, endColumn: 41 }], output: 'FROM alpine:3.13\nCOPY package.json package-lock.json /app/' },
  ],
});
