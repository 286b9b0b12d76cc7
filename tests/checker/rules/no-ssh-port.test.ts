import { testRule } from '../rule-tester.ts';

testRule('no-ssh-port', {
  valid: ['FROM alpine:3.13\nEXPOSE 8080', 'FROM alpine:3.13\nEXPOSE 2222'],
  invalid: [{ code: 'FROM alpine:3.13\nEXPOSE 80 22/tcp', errors: [{ messageId: 'sshPort', line: 2, column: 11, endLine: 2, endColumn: 17 }] }],
});
