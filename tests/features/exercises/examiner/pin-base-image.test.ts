// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

const buildSteps = `WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build
`;
const serve = `COPY --from=build /app/dist /usr/share/nginx/html
`;
const nodeDigest = 'sha256:' + 'a1'.repeat(32);
const nginxDigest = 'sha256:' + '0f'.repeat(32);

describe('examiner: pin-base-image', () => {
  answerTable('pin-base-image', {
    accepted: [
      ['version tags', `FROM node:24-alpine AS build
${buildSteps}
FROM nginx:1.30-alpine
${serve}`],
      ['tag plus digest, and a bare digest', `FROM node:24-alpine@${nodeDigest} AS build
${buildSteps}
FROM nginx@${nginxDigest}
${serve}`],
      ['ARGs with defaults before the first FROM', `ARG NODE_VERSION=24.11
ARG NGINX_VERSION=1.30
FROM node:\${NODE_VERSION}-alpine AS build
${buildSteps}
FROM nginx:\${NGINX_VERSION}-alpine
${serve}`],
      ['fully qualified names and exact versions', `FROM docker.io/library/node:24.11.1-trixie-slim AS build
${buildSteps}
FROM docker.io/library/nginx:1.30.0
${serve}`],
      ['lowercase instructions', `from node:24-trixie-slim as build
${buildSteps}
from nginx:1.30-alpine
${serve}`],
      ['--platform on the build stage', `FROM --platform=$BUILDPLATFORM node:24-alpine AS build
${buildSteps}
FROM nginx:1.30-alpine
${serve}`],
    ],
    rejected: [
      ['nginx:latest written out', `FROM node:24-alpine AS build
${buildSteps}
FROM nginx:latest
${serve}`, ['no-latest']],
      ['node:lts-alpine', `FROM node:lts-alpine AS build
${buildSteps}
FROM nginx:1.30-alpine
${serve}`, ['no-latest']],
      ['nginx:alpine', `FROM node:24-alpine AS build
${buildSteps}
FROM nginx:alpine
${serve}`, ['no-latest']],
      ['nginx:stable-alpine', `FROM node:24-alpine AS build
${buildSteps}
FROM nginx:stable-alpine
${serve}`, ['no-latest']],
      ['node:current-alpine', `FROM node:current-alpine AS build
${buildSteps}
FROM nginx:1.30-alpine
${serve}`, ['no-latest']],
      ['node left without a tag', `FROM node AS build
${buildSteps}
FROM nginx:1.30-alpine
${serve}`, ['every-base-tagged']],
      ['ARG without a default', `ARG NODE_VERSION
FROM node:\${NODE_VERSION} AS build
${buildSteps}
FROM nginx:1.30-alpine
${serve}`, ['every-base-tagged']],
      ['ARG declared inside the first stage, used by the second FROM', `FROM node:24-alpine AS build
ARG NGINX_VERSION=1.30
${buildSteps}
FROM nginx:\${NGINX_VERSION}-alpine
${serve}`, ['every-base-tagged']],
      ['a truncated digest', `FROM node:24-alpine AS build
${buildSteps}
FROM nginx@sha256:3f1a2b
${serve}`, ['every-base-tagged']],
      ['the nginx-unprivileged image instead of nginx (listens on 8080, not 80)', `FROM node:24-alpine AS build
${buildSteps}
FROM nginxinc/nginx-unprivileged:1.30-alpine
${serve}`, ['same-images']],
      ['served by httpd instead of nginx', `FROM node:24-alpine AS build
${buildSteps}
FROM httpd:2.4-alpine
COPY --from=build /app/dist /usr/local/apache2/htdocs/
`, ['same-images']],
    ],
  });
});
