import { testRule } from '../rule-tester.ts';

testRule('yarn-cache-clean', {
  valid: ['FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean', 'FROM node:22-slim\nRUN yarn build',
    'FROM node:22-slim\nRUN npm i -g yarn && yarn --version', 'FROM node:22-slim\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install'],
  invalid: [
    { code: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 35 }] },
    { code: 'FROM node:22-slim\nRUN yarn --frozen-lockfile', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 27 }] },
  ],
});
