import { testRule } from '../rule-tester.ts';

testRule('prefer-smaller-variant', {
  valid: ['FROM python:3.12-slim', 'FROM node:22-alpine', 'FROM python:3.12 AS build\nFROM python:3.12-slim', 'FROM nginx:1.27'],
  invalid: [
    { code: 'FROM python:3.12', errors: [{ messageId: 'useSlim', line: 1, column: 6, endLine: 1, endColumn: 17 }] },
    { code: 'FROM node:22-bookworm', errors: [{ messageId: 'useSlim', line: 1, column: 6, endLine: 1, endColumn: 22 }] },
  ],
});
