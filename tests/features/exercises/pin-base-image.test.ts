import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, grade, type AnswerTable } from './grading.ts';

const ID = 'pin-base-image';
const body = (build: string, serve: string, name = 'build') =>
  `${build}\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\n${serve}\nCOPY --from=${name} /app/dist /usr/share/nginx/html\n`;

/** A made-up digest: illustrative, it names no real image. */
const DIGEST = 'sha256:5c2b2a9f0c38b8a7e6e1a8f4f1d0e0a1b2c3d4e5f60718293a4b5c6d7e8f9012';

/** Answers written the way learners write them: other spellings of a pinned image, and tags that only look pinned. */
const VARIANTS: AnswerTable = {
  accepted: [
    ['full Docker Hub names', body('FROM docker.io/library/node:24.11-alpine AS build', 'FROM index.docker.io/library/nginx:1.30-alpine')],
    ['ARG defaults for both versions, trixie-slim', `ARG NODE_VERSION=24.11.0\nARG NGINX_VERSION=1.30.1\n${body('FROM node:\${NODE_VERSION}-trixie-slim AS build', 'FROM nginx:$NGINX_VERSION')}`],
    ['an ARG without a default but a fallback in the FROM', `ARG NODE_TAG\n${body('FROM node:\${NODE_TAG:-24-alpine} AS build', 'FROM nginx:1.30-alpine')}`],
    ['a base stage the build stage is built on', `FROM node:24-alpine AS base\nWORKDIR /app\n\n${body('FROM base AS build', 'FROM nginx:1.30-alpine')}`],
    ['--platform=$BUILDPLATFORM and a tag with a digest', body('FROM --platform=$BUILDPLATFORM node:24.11-alpine3.22 AS build', `FROM nginx:1.30-alpine@${DIGEST}`)],
    ['the whole reference in an ARG', `ARG NODE_IMAGE=node:24.11-alpine\n${body('FROM \${NODE_IMAGE} AS build', 'FROM nginx:1.30')}`],
  ],
  rejected: [
    ['an ARG declared after the FROM that uses it', body('FROM node:\${NODE_VERSION}-alpine AS build\nARG NODE_VERSION=24', 'FROM nginx:1.30-alpine'), ['every-base-tagged']],
    ['an ARG without a default for the nginx version', `ARG NGINX_VERSION\n${body('FROM node:24-alpine AS build', 'FROM nginx:$NGINX_VERSION')}`, ['every-base-tagged']],
    ['alpine tags with no version', body('FROM node:alpine AS build', 'FROM nginx:alpine'), ['no-latest']],
    ['node:lts-alpine', body('FROM node:lts-alpine AS build', 'FROM nginx:1.30-alpine'), ['no-latest']],
    ['nginx:stable-alpine', body('FROM node:24-alpine AS build', 'FROM nginx:stable-alpine'), ['no-latest']],
    ['an ARG whose default is latest', `ARG NODE_VERSION=latest\n${body('FROM node:\${NODE_VERSION} AS build', 'FROM nginx:1.30')}`, ['no-latest']],
    ['current-alpine3.23 (the number is the Alpine version)', body('FROM node:current-alpine3.23 AS build', 'FROM nginx:1.30'), ['no-latest']],
    ['latest spelled with the full name', body('FROM docker.io/library/node:latest AS build', 'FROM nginx:1.30'), ['no-latest']],
    ['copying from a stage name that does not exist', body('FROM node:24 AS build', 'FROM nginx:1.30', 'builder'), ['same-images']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['full versions with trixie', body('FROM node:24.11.0-trixie AS builder', 'FROM nginx:1.30.1-trixie', 'builder')],
    ['an LTS code name and alpine-slim', body('FROM node:krypton-alpine AS build', 'FROM nginx:1.30-alpine-slim')],
    ['digests only', body(`FROM node@${DIGEST} AS build`, `FROM nginx@${DIGEST}`)],
    ['a quoted ARG default, re-declared in the stage', `ARG NODE_VERSION="24.11"\n${body('FROM node:${NODE_VERSION}-alpine AS build\nARG NODE_VERSION\nRUN echo "node $NODE_VERSION"', 'FROM nginx:1.30-alpine AS web\nEXPOSE 80')}`],
  ],
  rejected: [
    ['trixie-slim with no node version', body('FROM node:trixie-slim AS build', 'FROM nginx:1.30'), ['no-latest']],
    ['nginx:mainline', body('FROM node:24-alpine AS build', 'FROM nginx:mainline'), ['no-latest']],
    ['an ARG declared between the stages, used by the second FROM', body('FROM node:24-alpine AS build\nARG NGINX_TAG=1.30', 'FROM nginx:${NGINX_TAG}'), ['every-base-tagged']],
    ['the site served by node instead of nginx', body('FROM node:24 AS build', 'FROM node:24-alpine\nRUN npm install -g serve@14\nCMD ["serve", "-s", "/usr/share/nginx/html"]'), ['same-images']],
    ['COPY --from naming the node image, not the build stage', body('FROM node:24-alpine AS build', 'FROM nginx:1.30-alpine', 'node:24-alpine'), ['same-images']],
  ],
};

describe('pin-base-image', () => {
  it('accepts the reference solution with 100 and rejects the starter', () => {
    expectAccepted(ID, definition(ID).solution);
    expectRejected(ID, definition(ID).starter, ['every-base-tagged', 'no-latest']);
  });

  it.each([
    ['another stage name and tags', body('FROM node:24-trixie-slim AS assets', 'FROM nginx:1.30.1', 'assets')],
    ['digests', body('FROM node@sha256:5c2b2a9f0c38b8a7e6e1a8f4f1d0e0a1b2c3d4e5f60718293a4b5c6d7e8f9012 AS build', 'FROM nginx:latest@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90125c2b2a9f0c38b8a7e6e1a8f4f1d0e')],
    ['ARG-parameterised tags', `ARG NODE_VERSION=24.11\nARG NGINX_VERSION=1.30\n${body('FROM node:${NODE_VERSION}-alpine AS build', 'FROM nginx:${NGINX_VERSION}-alpine')}`],
    ['a stage referenced by index, lower-case keywords', body('from node:24 as build', 'from nginx:1.30-alpine', '0')],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects a missing tag on the final stage only', () => {
    const result = expectRejected(ID, body('FROM node:24 AS build', 'FROM nginx'), ['every-base-tagged']);
    expect(result.requirements.find((r) => r.id === 'every-base-tagged')?.message).toContain('"FROM nginx" has no tag');
  });

  it('rejects latest on the build stage only', () => {
    expectRejected(ID, body('FROM node:latest AS build', 'FROM nginx:1.30'), ['no-latest']);
  });

  it('rejects an ARG without a default in the tag', () => {
    const result = expectRejected(ID, `ARG NODE_VERSION\n${body('FROM node:${NODE_VERSION} AS build', 'FROM nginx:1.30')}`, ['every-base-tagged']);
    expect(result.requirements[0].message).toContain('ARG');
  });

  it('rejects swapping the images instead of pinning them', () => {
    expectRejected(ID, body('FROM node:24 AS build', 'FROM httpd:2.4'), ['same-images']);
  });

  it('explains in Portuguese', () => {
    const result = grade(ID, definition(ID).starter, 'pt-BR');
    expect(result.requirements[0].message).toContain('está sem tag');
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
