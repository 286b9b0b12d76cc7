import { describe, it } from 'vitest';
import { definition, expectAccepted, expectRejected } from './grading.ts';

const ID = 'node-alpine-prod';

describe('node-alpine-prod', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    expectRejected(ID, definition(ID).starter, ['alpine-base', 'production-deps-only', 'manifests-first']);
  });

  it.each([
    ['npm ci --production with package*.json', 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --production\nCOPY . .\nCMD ["node", "server.js"]'],
    ['NODE_ENV=production in an ARG-free ENV, npm install', 'FROM node:22-alpine\nENV NODE_ENV=production\nWORKDIR /app\nCOPY ["package.json", "package-lock.json", "./"]\nRUN npm install\nCOPY --chown=node:node . .\nUSER node\nCMD ["npm", "start"]'],
    ['a multi-stage build that prunes', 'FROM node:22-alpine AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm test && npm prune --omit=dev\n\nFROM node:22-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "server.js"]'],
    ['a multi-stage build with a production-only deps stage', 'FROM node:22-alpine AS prod-deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit dev\n\nFROM node:22-alpine\nWORKDIR /app\nCOPY --from=prod-deps /app/node_modules node_modules\nCOPY server.js ./\nCOPY src/ src/\nCMD ["node", "server.js"]'],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects a slim Debian base', () => {
    expectRejected(ID, 'FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]', ['alpine-base']);
  });

  it('rejects installing devDependencies', () => {
    expectRejected(ID, 'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]', ['production-deps-only']);
  });

  it('rejects copying the sources before the install', () => {
    expectRejected(ID, 'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nCOPY src/ src/\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]', ['manifests-first']);
  });

  it('rejects a multi-stage build that copies a full node_modules', () => {
    expectRejected(ID, 'FROM node:22 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n\nFROM node:22-alpine\nWORKDIR /app\nCOPY --from=build /app ./\nCMD ["node", "server.js"]', ['production-deps-only']);
  });

  it('rejects an image without the code', () => {
    expectRejected(ID, 'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]', ['starts-app']);
  });
});
