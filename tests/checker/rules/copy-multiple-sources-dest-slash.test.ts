import { testRule } from '../rule-tester.ts';

testRule('copy-multiple-sources-dest-slash', {
  valid: ['FROM alpine:3.13\nCOPY ["package.json", "yarn.lock", "myapp/"]', 'FROM alpine:3.13\nCOPY a /b', 'FROM alpine:3.13\nCOPY a b $DEST'],
  invalid: [
    { code: 'FROM alpine:3.13\nCOPY ["package.json", "yarn.lock", "myapp"]', errors: [{ messageId: 'needsSlash', line: 2, column: 6, endLine: 2, endColumn: 44 }] },
    { code: 'FROM alpine:3.13\nCOPY package.json package-lock.json /app', errors: [{ messageId: 'needsSlash', line: 2, column: 37, endLine: 2, endColumn: 41 }], output: 'FROM alpine:3.13\nCOPY package.json package-lock.json /app/' },
  ],
});
