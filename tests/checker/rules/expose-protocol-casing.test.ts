import { testRule } from '../rule-tester.ts';

testRule('expose-protocol-casing', {
  valid: ['FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 8080'],
  invalid: [{ code: 'FROM alpine:3.20\nEXPOSE 80/TcP', errors: [{ messageId: 'upperCase', line: 2, column: 8, endLine: 2, endColumn: 14 }], output: 'FROM alpine:3.20\nEXPOSE 80/tcp' }],
});
