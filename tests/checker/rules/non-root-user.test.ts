import { testRule } from '../rule-tester.ts';

testRule('non-root-user', {
  valid: [
    'FROM debian:9\nRUN apt-get update && apt-get -y install vim && apt-get clean\nUSER foo',
    'FROM node:22 AS build\nFROM node:22-slim\nUSER root\nRUN x\nUSER node',
    'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app',
    'FROM node:22-slim AS base\nUSER node\nFROM base\nCMD ["node", "x"]',
  ],
  invalid: [
    { code: 'FROM debian:9\nRUN apt-get update && apt-get -y install vim && apt-get clean', errors: [{ messageId: 'noUser', line: 1, column: 1, endLine: 1, endColumn: 14 }] },
    { code: 'FROM debian:12\nUSER app\nUSER root:root', errors: [{ messageId: 'rootUser', line: 3, column: 6, endLine: 3, endColumn: 15 }] },
    { code: 'FROM debian:12\nUSER 0', errors: [{ messageId: 'rootUser', line: 2, column: 6, endLine: 2, endColumn: 7 }] },
  ],
});
