import { testRule } from '../rule-tester.ts';

testRule('yarn-cache-clean', {
  valid: ['FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean', 'FROM node:22-slim\nRUN yarn build',
    'FROM node:22-slim\nRUN npm i -g yarn && yarn --version', 'FROM node:22-slim\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install',
    { code: 'FROM node:22-slim\nRUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install', name: 'tmpfs mount on the cache of a user' },
    { code: 'FROM node:22-slim AS build\nRUN yarn install && yarn build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html', name: 'build stage not shipped' },
    { code: 'FROM node:22-slim\nRUN yarn install && rm -rf /usr/local/share/.cache/yarn', name: 'cache directory removed' }],
  invalid: [
    { code: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 35 }] },
    { code: 'FROM node:22-slim\nRUN yarn --frozen-lockfile', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 27 }] },
    { code: 'FROM node:22-slim\nRUN yarn cache clean && yarn install', errors: [{ messageId: 'missingClean', line: 2, column: 25, endLine: 2, endColumn: 37 }], name: 'clean before the install' },
    { code: 'FROM node:22-slim\nRUN yarn global add serve', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 26 }], name: 'global add fills the cache too' },
    { code: 'FROM node:22-slim\nONBUILD RUN yarn install', errors: [{ messageId: 'missingClean', line: 2, column: 13, endLine: 2, endColumn: 25 }], name: 'ONBUILD RUN' },
    { code: 'FROM node:22\nRUN yarn install && true || yarn cache clean', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 17 }], name: 'a clean after true || never runs' },
  ],
});
