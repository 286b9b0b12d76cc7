import { testRule } from '../rule-tester.ts';

testRule('expose-port-only', {
  valid: ['FROM alpine:3.20\nEXPOSE 80', 'FROM alpine:3.20\nEXPOSE ${HOST}:${PORT}'],
  invalid: [
    { code: 'FROM alpine:3.20\nEXPOSE 127.0.0.1:80:80', errors: [{ messageId: 'mapping', line: 2, column: 8, endLine: 2, endColumn: 23 }] },
    { code: 'FROM alpine:3.20\nEXPOSE 8080:80/tcp', errors: [{ messageId: 'mapping', line: 2, column: 8, endLine: 2, endColumn: 19 }] },
  ],
});
