import { testRule } from '../rule-tester.ts';

testRule('env-self-reference', {
  valid: ['FROM alpine:3.20\nENV DIR=/app\nENV BIN=$DIR/bin', 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH LANG=C.UTF-8'],
  invalid: [{ code: 'FROM alpine:3.20\nENV DIR=/app BIN=$DIR/bin', errors: [{ messageId: 'sameStatement', line: 2, column: 18, endLine: 2, endColumn: 26 }] }],
});
