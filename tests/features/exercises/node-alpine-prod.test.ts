import { describe, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'node-alpine-prod';

/** One stage: the base image, the lines that copy and install, then the sources and the start command. */
const single = (from: string, install: string, cmd = 'CMD ["node", "server.js"]') => `FROM ${from}\nWORKDIR /app\n${install}\nCOPY . .\n${cmd}`;
const MANIFESTS = 'COPY package.json package-lock.json ./';

const VARIANTS: AnswerTable = {
  accepted: [
    ['the full Docker Hub name', single('docker.io/library/node:24-alpine', `${MANIFESTS}\nRUN npm ci --omit=dev`)],
    ['NODE_ENV=production on the install line, npm start', single('node:24.11-alpine3.22', `${MANIFESTS}\nRUN NODE_ENV=production npm ci`, 'CMD ["npm", "start"]')],
    ['export NODE_ENV=production in the same RUN', single('node:24-alpine', `${MANIFESTS}\nRUN export NODE_ENV=production && npm ci`)],
    ['a cache mount, --only=production and an absolute destination', single('node:24-alpine', 'COPY package*.json /app/\nRUN --mount=type=cache,target=/root/.npm npm ci --only=production')],
    ['npm install --omit=dev with only package.json', single('node:24-alpine', 'COPY package.json ./\nRUN npm install --omit=dev')],
    ['tini as ENTRYPOINT and the CMD after it', single('node:24-alpine', `RUN apk add --no-cache tini\n${MANIFESTS}\nRUN npm ci --omit=dev`, 'ENTRYPOINT ["/sbin/tini", "--"]\nCMD ["node", "server.js"]')],
    ['CMD in shell form, which Alpine can run', single('node:24-alpine', `${MANIFESTS}\nRUN npm ci --omit=dev`, 'CMD npm start')],
  ],
  rejected: [
    ['NODE_ENV as a global ARG never re-declared in the stage', `ARG NODE_ENV=production\n${single('node:24-alpine', `${MANIFESTS}\nRUN npm ci`)}`, ['production-deps-only']],
    ['ENV NODE_ENV=production after the install', single('node:24-alpine', `${MANIFESTS}\nRUN npm ci\nENV NODE_ENV=production`), ['production-deps-only']],
    ['NODE_ENV exported in a RUN of its own', single('node:24-alpine', `${MANIFESTS}\nRUN export NODE_ENV=production\nRUN npm ci`), ['production-deps-only']],
    ['NODE_ENV=production overridden by --include=dev', single('node:24-alpine', `ENV NODE_ENV=production\n${MANIFESTS}\nRUN npm ci --include=dev`), ['production-deps-only']],
    ['--omit=optional, which keeps the devDependencies', single('node:24-alpine', `${MANIFESTS}\nRUN npm ci --omit=optional`), ['production-deps-only']],
    ['npm ci with package.json but no lockfile', single('node:24-alpine', 'COPY package.json ./\nRUN npm ci --omit=dev'), ['manifests-first']],
    ['CMD ["npm start"], a program named "npm start"', single('node:24-alpine', `${MANIFESTS}\nRUN npm ci --omit=dev`, 'CMD ["npm start"]'), ['starts-app']],
    ['CMD starting a file the app does not have', single('node:24-alpine', `${MANIFESTS}\nRUN npm ci --omit=dev`, 'CMD ["node", "index.js"]'), ['starts-app']],
    ['an Alpine deps stage but a slim final stage', `FROM node:24-alpine AS deps\nWORKDIR /app\n${MANIFESTS}\nRUN npm ci --omit=dev\n\nFROM node:24-slim\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "server.js"]`, ['alpine-base']],
    ['the install after true ||, which never runs', single('node:24-alpine', `${MANIFESTS}\nRUN true || npm ci --omit=dev`), ['production-deps-only', 'manifests-first']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['a test stage that prunes, the whole /app copied', `FROM node:24-alpine AS build\nWORKDIR /app\n${MANIFESTS}\nRUN npm ci\nCOPY . .\nRUN npm test && npm prune --production\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=build /app /app\nCMD ["node", "server.js"]`],
    ['NODE_ENV in ENV, --ignore-scripts, npm run start', single('node:24-alpine', `ENV NODE_ENV=production\n${MANIFESTS}\nRUN npm ci --ignore-scripts`, 'CMD ["npm", "run", "start"]')],
    ['USER node and --chown in its home', 'FROM node:24-alpine\nUSER node\nWORKDIR /home/node/app\nCOPY --chown=node:node package*.json ./\nRUN npm ci --omit=dev\nCOPY --chown=node:node . .\nCMD ["node", "server.js"]'],
    ["server.js handed to the node image's entrypoint", single('node:24-alpine', `${MANIFESTS}\nRUN npm ci --omit=dev`, 'CMD ["server.js"]')],
    ['NODE_ENV as an ARG inside the stage, --no-audit --no-fund', single('node:24-alpine', `ARG NODE_ENV=production\n${MANIFESTS}\nRUN npm ci --no-audit --no-fund`)],
  ],
  rejected: [
    ['--production=false', single('node:24-alpine', `${MANIFESTS}\nRUN npm ci --production=false`), ['production-deps-only']],
    ['src copied before the install', single('node:24-alpine', `${MANIFESTS}\nCOPY src ./src\nRUN npm ci --omit=dev`), ['manifests-first']],
    ['a full node_modules copied from a build stage', `FROM node:24-alpine AS build\nWORKDIR /app\n${MANIFESTS}\nRUN npm ci\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=build /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "server.js"]`, ['production-deps-only']],
    ['npm test as the start command', single('node:24-alpine', `${MANIFESTS}\nRUN npm ci --omit=dev`, 'CMD ["npm", "test"]'), ['starts-app']],
    ['a trixie-slim final stage', single('node:24-trixie-slim', `${MANIFESTS}\nRUN npm ci --omit=dev`), ['alpine-base']],
  ],
};

describe('node-alpine-prod', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    expectRejected(ID, definition(ID).starter, ['alpine-base', 'production-deps-only', 'manifests-first']);
  });

  it.each([
    ['npm ci --production with package*.json', 'FROM node:24.11-alpine3.22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --production\nCOPY . .\nCMD ["node", "server.js"]'],
    ['NODE_ENV=production in an ARG-free ENV, npm install', 'FROM node:24-alpine\nENV NODE_ENV=production\nWORKDIR /app\nCOPY ["package.json", "package-lock.json", "./"]\nRUN npm install\nCOPY --chown=node:node . .\nUSER node\nCMD ["npm", "start"]'],
    ['a multi-stage build that prunes', 'FROM node:24-alpine AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm test && npm prune --omit=dev\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "server.js"]'],
    ['a multi-stage build with a production-only deps stage', 'FROM node:24-alpine AS prod-deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit dev\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=prod-deps /app/node_modules node_modules\nCOPY server.js ./\nCOPY src/ src/\nCMD ["node", "server.js"]'],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects a slim Debian base', () => {
    expectRejected(ID, 'FROM node:24-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]', ['alpine-base']);
  });

  it('rejects installing devDependencies', () => {
    expectRejected(ID, 'FROM node:24-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]', ['production-deps-only']);
  });

  it('rejects copying the sources before the install', () => {
    expectRejected(ID, 'FROM node:24-alpine\nWORKDIR /app\nCOPY package*.json ./\nCOPY src/ src/\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]', ['manifests-first']);
  });

  it('rejects a multi-stage build that copies a full node_modules', () => {
    expectRejected(ID, 'FROM node:24 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n\nFROM node:24-alpine\nWORKDIR /app\nCOPY --from=build /app ./\nCMD ["node", "server.js"]', ['production-deps-only']);
  });

  it('rejects an image without the code', () => {
    expectRejected(ID, 'FROM node:24-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]', ['starts-app']);
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
