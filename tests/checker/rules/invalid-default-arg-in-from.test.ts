import { testRule } from '../rule-tester.ts';

testRule('invalid-default-arg-in-from', {
  valid: ['ARG TAG=22-slim\nFROM node:${TAG}', 'ARG IMAGE=scratch\nFROM ${IMAGE}', 'FROM alpine:3.20'],
  invalid: [{ code: 'ARG TAG\nFROM node:${TAG}', errors: [{ messageId: 'invalidDefault', line: 2, column: 6, endLine: 2, endColumn: 17 }] }],
});
