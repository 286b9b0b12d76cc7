import { testRule } from '../rule-tester.ts';

testRule('single-cmd-entrypoint-healthcheck', {
  valid: [
    'FROM golang:1.7.3\nUSER mike\nCMD ./apps\nFROM alpine:3.13\nCMD ./app',
    'FROM busybox:1.33.1\nHEALTHCHECK CMD /bin/healthcheck\n\nFROM alpine:3.13\nHEALTHCHECK CMD /bin/healthcheck\nUSER mike\nCMD ./app',
  ],
  invalid: [
    { code: 'FROM golang:1.7.3\nUSER mike\nCMD ./app\nCMD ./apps\nFROM alpine:3.13\nCMD ./app', errors: [{ messageId: 'overridden', line: 3, column: 1, endLine: 3, endColumn: 4 }] },
    { code: 'FROM golang:1.7.3 as dep\nENTRYPOINT [ "/a" ]\nENTRYPOINT [ "/b" ]\n\nFROM alpine:3.13\nENTRYPOINT [ "/c" ]', errors: [{ messageId: 'overridden', line: 2, column: 1, endLine: 2, endColumn: 11 }] },
    { code: 'FROM busybox:1.33.1\nHEALTHCHECK CMD curl http://localhost:8080\nHEALTHCHECK CMD /bin/healthcheck', errors: [{ messageId: 'overridden', line: 2, column: 1, endLine: 2, endColumn: 12 }] },
  ],
});
