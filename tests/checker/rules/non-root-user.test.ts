import { testRule } from '../rule-tester.ts';

testRule('non-root-user', {
  valid: [
    'FROM debian:9\nRUN apt-get update && apt-get -y install vim && apt-get clean\nUSER foo',
    'FROM node:22 AS build\nFROM node:22-slim\nUSER root\nRUN x\nUSER node',
    'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app',
    'FROM node:22-slim AS base\nUSER node\nFROM base\nCMD ["node", "x"]',
    { name: 'uid 10 and group 0 is not root', code: 'FROM debian:12\nUSER 10:0' },
    { name: 'a uid-0 user from an unrelated stage does not count', code: 'FROM debian:12 AS tools\nRUN useradd -o -u 0 app\nFROM debian:12\nRUN useradd -l -u 1000 app\nUSER app' },
  ],
  invalid: [
    { code: 'FROM debian:9\nRUN apt-get update && apt-get -y install vim && apt-get clean', errors: [{ messageId: 'noUser', line: 1, column: 1, endLine: 1, endColumn: 14 }] },
    { code: 'FROM debian:12\nUSER app\nUSER root:root', errors: [{ messageId: 'rootUser', line: 3, column: 6, endLine: 3, endColumn: 15 }] },
    { code: 'FROM debian:12\nUSER 0', errors: [{ messageId: 'rootUser', line: 2, column: 6, endLine: 2, endColumn: 7 }] },
    { name: 'uid 0 with leading zeros', code: 'FROM debian:12\nUSER 00\nFROM debian:12\nUSER 0000:0000', errors: [{ messageId: 'rootUser', line: 4, column: 6 }] },
    { name: 'a user created with uid 0', code: 'FROM debian:12\nRUN useradd --non-unique --uid 0 -l admin\nUSER admin', errors: [{ messageId: 'uidZeroUser', line: 3, column: 6 }] },
    { name: 'a user moved to uid 0 in the parent stage', code: 'FROM alpine:3.20 AS base\nRUN adduser -D app && usermod -o -u0 app\nFROM base\nUSER app:app', errors: [{ messageId: 'uidZeroUser', line: 4, column: 6 }] },
    { name: 'USER names a variable that holds root', code: 'FROM debian:12\nARG RUN_AS=root\nUSER $RUN_AS', errors: [{ messageId: 'rootUser', line: 3, column: 6 }] },
  ],
});
