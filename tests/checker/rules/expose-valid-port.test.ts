import { testRule } from '../rule-tester.ts';

testRule('expose-valid-port', {
  valid: [
    'FROM alpine:3.13\nEXPOSE 65530 8080',
    'FROM alpine:3.13\nEXPOSE 80/tcp 53/udp 8000-8010',
    'FROM alpine:3.13\nEXPOSE $PORT',
  ],
  invalid: [
    { code: 'FROM alpine:3.13\nEXPOSE 65536 8080', errors: [{ messageId: 'outOfRange', line: 2, column: 8, endLine: 2, endColumn: 13 }] },
    { code: 'FROM alpine:3.13\nEXPOSE 80/http', errors: [{ messageId: 'invalid', line: 2, column: 8, endLine: 2, endColumn: 15 }] },
    { name: 'BuildKit refuses a range that ends before it starts', code: 'FROM alpine:3.13\nEXPOSE 9000-8000/tcp', errors: [{ messageId: 'reversedRange', line: 2, column: 8 }] },
  ],
});
