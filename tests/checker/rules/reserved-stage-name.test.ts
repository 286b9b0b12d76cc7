import { testRule } from '../rule-tester.ts';

testRule('reserved-stage-name', {
  valid: ['FROM alpine:3.20 AS base'],
  invalid: [{ code: 'FROM alpine:3.20 AS context', errors: [{ messageId: 'reserved', line: 1, column: 21, endLine: 1, endColumn: 28 }] }],
});
