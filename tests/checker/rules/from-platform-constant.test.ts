import { testRule } from '../rule-tester.ts';

testRule('from-platform-constant', {
  valid: ['FROM --platform=${BUILDPLATFORM} alpine:3.20 AS base', 'FROM alpine:3.20 AS base', 'FROM --platform=linux/amd64 alpine:3.20 AS build_amd64'],
  invalid: [{ code: 'FROM --platform=linux/amd64 alpine:3.20 AS base', errors: [{ messageId: 'constant', line: 1, column: 6, endLine: 1, endColumn: 28 }] }],
});
