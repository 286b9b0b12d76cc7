import { testRule } from '../rule-tester.ts';

testRule('apk-no-cache', {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl',
    'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*',
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl',
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN apk update && apk add curl git', errors: [{ messageId: 'missingNoCache', line: 2, column: 19, endLine: 2, endColumn: 35 }], output: 'FROM alpine:3.20\nRUN apk update && apk add --no-cache curl git' },
  ],
});
