import { testRule } from '../rule-tester.ts';

testRule('pin-apk-packages', {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1',
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache curl~8.9', name: 'a fuzzy pin' },
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache "python3>3.12" "openssl<4"', name: 'version ranges' },
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0', name: 'the --virtual name is not a package' },
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache -t .deps musl-dev~1.2', name: 'the -t name is not a package' },
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/community hugo=0.125.4-r0',
      name: 'the repository URL is not a package',
    },
    { code: 'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/mytool-1.0.0-r0.apk', name: 'a local .apk file' },
    { code: 'FROM alpine:3.20\nRUN apk --no-cache add $RUNTIME_DEPS', name: 'packages held in a variable are unknown here' },
    'FROM alpine:3.20\nRUN apk del curl',
    'FROM alpine:3.20\nRUN apk update && apk upgrade',
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache curl', errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 28 }] },
    { code: 'FROM alpine:3.20\nRUN apk --no-cache add git=2.45.2-r0 openssh-client', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'one unpinned among pinned' },
    { code: 'FROM alpine:3.20\nRUN apk update && apk add --virtual .build-deps make', errors: [{ messageId: 'unpinned', line: 2, column: 19 }] },
    {
      code: 'FROM alpine:3.20\nRUN apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing --no-cache lazygit',
      errors: [{ messageId: 'unpinned', line: 2, column: 5 }],
      name: 'a package after -X and its repository',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n      bash=5.2.26-r0 \\\n      tini',
      errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 4, endColumn: 11 }],
      name: 'across continuation lines',
    },
    { code: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache bash', errors: [{ messageId: 'unpinned', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
  ],
});
