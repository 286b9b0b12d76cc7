import { testRule } from '../rule-tester.ts';

testRule('no-shell-in-shell-less-image', {
  valid: [
    'FROM gcr.io/distroless/nodejs22-debian12\nCMD ["server.js"]',
    'FROM gcr.io/distroless/base-debian12:debug\nRUN echo ok',
    'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]',
    'FROM cgr.dev/chainguard/node:latest-dev\nRUN npm ci',
  ],
  invalid: [
    { code: 'FROM gcr.io/distroless/nodejs22-debian12\nCMD node server.js', errors: [{ messageId: 'noShell', line: 2, column: 5, endLine: 2, endColumn: 19 }] },
    { code: 'FROM scratch\nCOPY app /app\nRUN chmod +x /app\nHEALTHCHECK CMD /app -health', errors: [{ messageId: 'noShell', line: 3, column: 5, endLine: 3, endColumn: 18 }, { messageId: 'noShell', line: 4, column: 13, endLine: 4, endColumn: 29 }] },
    { code: 'FROM scratch AS base\nFROM base\nENTRYPOINT /app', errors: [{ messageId: 'noShell', line: 3, column: 12, endLine: 3, endColumn: 16 }], name: 'inherited from a scratch stage' },
  ],
});
