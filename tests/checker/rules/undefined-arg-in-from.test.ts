import { testRule } from '../rule-tester.ts';

testRule('undefined-arg-in-from', {
  valid: ['ARG V=22\nFROM node:${V}-slim', 'FROM --platform=$BUILDPLATFORM golang:1.23', 'FROM node:${V:-22}'],
  invalid: [
    { code: 'FROM node:${NODE_VERSION}-slim', errors: [{ messageId: 'undefinedArg', line: 1, column: 6, endLine: 1, endColumn: 31 }] },
    { code: 'FROM alpine:3.20\nARG TAG=1\nFROM alpine:$TAG', errors: [{ messageId: 'undefinedArg', line: 3, column: 6, endLine: 3, endColumn: 17 }], name: 'an ARG inside a stage is not global' },
  ],
});
