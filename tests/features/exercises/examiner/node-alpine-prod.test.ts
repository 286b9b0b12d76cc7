// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

describe('examiner: node-alpine-prod', () => {
  answerTable('node-alpine-prod', {
    accepted: [
      ['the hinted single stage on node:24-alpine', `FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
USER node
EXPOSE 3000
CMD ["node", "server.js"]
`],
      ['package*.json glob, --chown, npm start in exec form', `FROM node:24-alpine
WORKDIR /app
COPY --chown=node:node package*.json ./
RUN npm ci --omit=dev
COPY --chown=node:node . .
USER node
EXPOSE 3000
CMD ["npm", "start"]
`],
      ['deps stage, node_modules copied into the final stage', `FROM node:24-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM node:24-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
`],
      ['full install then npm prune in a build stage', `FROM node:24-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm test && npm prune --omit=dev

FROM node:24-alpine
WORKDIR /app
COPY --from=build /app /app
USER node
CMD ["node", "server.js"]
`],
      ['NODE_ENV=production makes npm ci skip devDependencies', `FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
CMD ["node", "server.js"]
`],
      ['ARG-driven version, cache mount, --omit=dev', `ARG NODE_VERSION=24
FROM node:\${NODE_VERSION}-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
COPY server.js ./
COPY src/ ./src/
EXPOSE 3000
CMD ["node", "server.js"]
`],
    ],
    rejected: [
      ['Debian slim instead of Alpine', `FROM node:24-trixie-slim
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
`, ['alpine-base']],
      ['npm ci with devDependencies', `FROM node:24-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
CMD ["node", "server.js"]
`, ['production-deps-only']],
      ['sources copied before the install', `FROM node:24-alpine
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
CMD ["node", "server.js"]
`, ['manifests-first']],
      ['CMD ["npm start"] (one word that is not a program)', `FROM node:24-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["npm start"]
`, ['starts-app']],
      ['build stage node_modules with devDependencies copied to the final stage', `FROM node:24-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .

FROM node:24-alpine
WORKDIR /app
COPY --from=build /app /app
CMD ["node", "server.js"]
`, ['production-deps-only']],
      ['Alpine build stage but a Debian final stage', `FROM node:24-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM node:24
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
CMD ["node", "server.js"]
`, ['alpine-base']],
      ['NODE_ENV=production set only after npm ci', `FROM node:24-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci
ENV NODE_ENV=production
COPY . .
CMD ["node", "server.js"]
`, ['production-deps-only']],
      ['final stage never gets the app code', `FROM node:24-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .

FROM node:24-alpine
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
CMD ["node", "server.js"]
`, ['starts-app']],
    ],
  });
});
