import { testRule } from '../rule-tester.ts';

testRule('apk-no-cache', {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl',
    'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*',
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl',
    { code: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/var/cache/apk apk add -U curl', name: 'tmpfs mount' },
    { code: 'FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc && rm -rf /var/cache/*', name: 'a directory above the cache removed' },
    { code: 'FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1', name: '--no-network downloads no index' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN apk update && apk add curl git', errors: [{ messageId: 'missingNoCache', line: 2, column: 19, endLine: 2, endColumn: 35 }], output: 'FROM alpine:3.20\nRUN apk update && apk add --no-cache curl git' },
    { code: 'FROM alpine:3.20\nRUN apk update && apk add --no-cache curl', errors: [{ messageId: 'indexLeft', line: 2, column: 5, endLine: 2, endColumn: 15 }], name: 'apk update writes the index that --no-cache avoids' },
    { code: 'FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add -U curl', errors: [{ messageId: 'missingNoCache', line: 2, column: 32, endLine: 2, endColumn: 47 }], output: 'FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --no-cache -U curl', name: 'cleanup before the install' },
    { code: 'FROM alpine:3.20\nONBUILD RUN apk add curl', errors: [{ messageId: 'missingNoCache', line: 2, column: 13, endLine: 2, endColumn: 25 }], output: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache curl', name: 'ONBUILD RUN' },
    { code: 'FROM alpine:3.20\nRUN apk add curl && apk cache clean', errors: [{ messageId: 'missingNoCache', line: 2, column: 5, endLine: 2, endColumn: 17 }], output: 'FROM alpine:3.20\nRUN apk add --no-cache curl && apk cache clean', name: 'apk cache clean keeps the index' },
    { code: 'FROM alpine:3.20\nRUN apk add curl && true || rm -rf /var/cache/apk/*', errors: [{ messageId: 'missingNoCache', line: 2, column: 5, endLine: 2, endColumn: 17 }], output: 'FROM alpine:3.20\nRUN apk add --no-cache curl && true || rm -rf /var/cache/apk/*', name: 'a removal after true || never runs' },
  ],
});
