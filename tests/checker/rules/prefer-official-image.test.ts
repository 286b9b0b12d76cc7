import { testRule } from '../rule-tester.ts';

testRule('prefer-official-image', {
  valid: ['FROM node:22-slim', 'FROM bitnami/redis:7.4', 'FROM ghcr.io/someone/node:22', 'FROM someone/myapp:1'],
  invalid: [{ code: 'FROM someuser/node:22', errors: [{ messageId: 'unofficialCopy', line: 1, column: 6, endLine: 1, endColumn: 22 }] }],
});
