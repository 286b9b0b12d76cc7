import { testRule } from '../rule-tester.ts';

testRule('redundant-target-platform', {
  valid: ['FROM --platform=$BUILDPLATFORM golang:1.23 AS build', 'FROM alpine:3.20'],
  invalid: [
    { code: 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS builder', errors: [{ messageId: 'redundant', line: 1, column: 6, endLine: 1, endColumn: 32 }], output: 'FROM alpine:3.20 AS builder' },
    { code: 'FROM --platform=${TARGETPLATFORM} alpine:3.20', errors: [{ messageId: 'redundant', line: 1, column: 6, endLine: 1, endColumn: 34 }], output: 'FROM alpine:3.20' },
  ],
});
