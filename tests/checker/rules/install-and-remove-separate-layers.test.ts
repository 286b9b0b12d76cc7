import { testRule } from '../rule-tester.ts';

testRule('install-and-remove-separate-layers', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y gcc && make && apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*',
    'FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps gcc\nRUN echo hi',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y gcc\nRUN make\nRUN apt-get purge -y gcc', errors: [{ messageId: 'removedLater', line: 4, column: 22, endLine: 4, endColumn: 25 }] },
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*', errors: [{ messageId: 'removedLater', line: 3, column: 12, endLine: 3, endColumn: 32 }] },
    { code: 'FROM fedora:41\nRUN dnf install -y gcc\nRUN rm -rf /var/cache/*', errors: [{ messageId: 'removedLater', line: 3, column: 12, endLine: 3, endColumn: 24 }], name: 'dnf, and a directory above the cache' },
  ],
});
