import { testRule } from '../rule-tester.ts';

testRule('copy-relative-dest-without-workdir', {
  valid: [
    'FROM node:22-slim\nWORKDIR /app\nCOPY package.json .',
    'FROM node:22-slim\nCOPY package.json /app/',
    'FROM node:22-slim AS base\nWORKDIR /app\nFROM base\nCOPY . .',
  ],
  invalid: [{ code: 'FROM node:22-slim\nCOPY package.json ./', errors: [{ messageId: 'noWorkdir', line: 2, column: 19, endLine: 2, endColumn: 21 }] }],
});
