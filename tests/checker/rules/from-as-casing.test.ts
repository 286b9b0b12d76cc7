import { testRule } from '../rule-tester.ts';

testRule('from-as-casing', {
  valid: ['FROM golang:1.23 AS build', 'from golang:1.23 as build'],
  invalid: [
    { code: 'FROM golang:1.23 as build', errors: [{ messageId: 'mismatch', line: 1, column: 18, endLine: 1, endColumn: 20 }], output: 'FROM golang:1.23 AS build' },
    { code: 'from golang:1.23 AS build', errors: [{ messageId: 'mismatch', line: 1, column: 18, endLine: 1, endColumn: 20 }], output: 'from golang:1.23 as build' },
  ],
});
