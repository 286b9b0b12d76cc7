import { testRule } from '../rule-tester.ts';

testRule('apt-get-update-alone', {
  valid: [
    'FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*',
    'FROM debian:trixie\nRUN <<EOF\napt-get update\napt-get install --no-install-recommends -y gettext\nEOF',
    'FROM alpine:3.20\nRUN apk update && apk add curl',
  ],
  invalid: [
    { code: 'FROM ubuntu:18.04\nRUN apt-get update\nRUN apt-get install -y mysql-client', errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 19 }] },
    { code: 'FROM alpine:3.20\nRUN apk update', errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 15 }] },
  ],
});
