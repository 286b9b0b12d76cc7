import { testRule } from '../rule-tester.ts';

testRule('combine-consecutive-runs', {
  valid: [
    'FROM debian:12\nRUN ./configure',
    { code: 'FROM debian:12\nRUN ./configure\nWORKDIR /src\nRUN make', name: 'another instruction in between' },
    { code: 'FROM debian:12\nRUN ./configure && make\nRUN make install', name: 'the first RUN already chains commands' },
    { code: 'FROM debian:12\nRUN ./configure\nRUN make; make install', name: 'the second RUN already chains commands' },
    { code: 'FROM debian:12\nRUN useradd app\nRUN curl -fsSL https://example.com/install.sh | sh', name: 'a pipe is two commands' },
    {
      code: 'FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci\nRUN npm run build',
      name: 'different flags',
    },
    {
      code: 'FROM node:22\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nRUN --mount=type=secret,id=token npm run publish',
      name: 'different mounts',
    },
    { code: 'FROM golang:1.23 AS build\nRUN go build ./...\nFROM alpine:3.20\nRUN apk add --no-cache ca-certificates', name: 'a new stage in between' },
    { code: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\nEOF\nRUN apt-get install -y curl', name: 'a heredoc with several commands' },
    { code: 'FROM debian:12\nRUN make\nONBUILD RUN make test\nRUN make install', name: 'an ONBUILD in between' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN ./configure\nRUN make', errors: [{ messageId: 'consecutive', line: 3, column: 1, endLine: 3, endColumn: 4 }] },
    { code: 'FROM debian:12\nRUN ./configure\n# build it\n\nRUN make', errors: [{ messageId: 'consecutive', line: 5, column: 1 }], name: 'comments and blank lines do not separate them' },
    {
      code: 'FROM debian:12\nRUN mkdir /data\nRUN chown app /data\nRUN chmod 700 /data',
      errors: [{ messageId: 'consecutive', line: 3, column: 1 }, { messageId: 'consecutive', line: 4, column: 1 }],
      name: 'three in a row',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y make\nRUN make\nRUN make install',
      errors: [{ messageId: 'consecutive', line: 4, column: 1 }],
      name: 'after a chained RUN, two single ones',
    },
    {
      code: 'FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci\nRUN --mount=type=cache,target=/root/.npm npm run build',
      errors: [{ messageId: 'consecutive', line: 3, column: 1 }],
      name: 'the same flags',
    },
    { code: 'FROM debian:12\nRUN ["make"]\nrun ["make", "install"]', errors: [{ messageId: 'consecutive', line: 3, column: 1 }], name: 'exec form, any casing' },
  ],
});
