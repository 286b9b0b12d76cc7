import { testRule } from '../rule-tester.ts';

testRule('copy-from-unknown-stage', {
  valid: [
    'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out /app',
    'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/',
    'FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /out /app',
    'FROM alpine:3.20\nCOPY --from=$STAGE /a /b',
  ],
  invalid: [
    { code: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=biuld /out /app', errors: [{ messageId: 'unknownStage', line: 3, column: 13, endLine: 3, endColumn: 18 }] },
    { code: 'FROM alpine:3.20\nCOPY --from=build /out /app\nFROM golang:1.23 AS build', errors: [{ messageId: 'laterStage', line: 2, column: 13, endLine: 2, endColumn: 18 }] },
    { name: 'a stage number past the last stage names an image', code: 'FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=2 /out /app', errors: [{ messageId: 'unknownStage', line: 3, column: 13 }] },
    { name: 'a stage number after this stage', code: 'FROM alpine:3.20\nCOPY --from=1 /out /app\nFROM golang:1.23', errors: [{ messageId: 'laterStage', line: 2, column: 13 }] },
  ],
});
