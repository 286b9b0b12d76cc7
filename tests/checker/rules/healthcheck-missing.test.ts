import { testRule } from '../rule-tester.ts';

testRule('healthcheck-missing', {
  valid: ['FROM nginx:1.27\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1', 'FROM nginx:1.27 AS base\nHEALTHCHECK NONE\nFROM base', 'FROM golang:1.23 AS build\nFROM alpine:3.20\nHEALTHCHECK CMD ["/health"]'],
  invalid: [{ code: 'FROM alpine:3.20\nHEALTHCHECK CMD ["/health"]\nFROM nginx:1.27', errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 5 }] }],
});
