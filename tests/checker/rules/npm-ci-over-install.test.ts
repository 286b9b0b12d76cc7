import { testRule } from '../rule-tester.ts';

testRule('npm-ci-over-install', {
  valid: ['FROM node:22-slim\nRUN npm ci', 'FROM node:22-slim\nRUN npm install -g pnpm@9', 'FROM node:22-slim\nRUN npm install express'],
  invalid: [
    { code: 'FROM node:22-slim\nRUN npm install', errors: [{ messageId: 'useNpmCi', line: 2, column: 5, endLine: 2, endColumn: 16 }] },
    { code: 'FROM node:22-slim\nRUN npm i --omit=dev && npm cache clean --force', errors: [{ messageId: 'useNpmCi', line: 2, column: 5, endLine: 2, endColumn: 21 }] },
    { code: 'FROM node:22-slim\nONBUILD RUN npm install', errors: [{ messageId: 'useNpmCi', line: 2, column: 13, endLine: 2, endColumn: 24 }], name: 'ONBUILD RUN' },
  ],
});
