import { describe, expect, it } from 'vitest';
import { definition, expectAccepted, expectRejected, grade } from './grading.ts';

const ID = 'pin-base-image';
const body = (build: string, serve: string, name = 'build') =>
  `${build}\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\n${serve}\nCOPY --from=${name} /app/dist /usr/share/nginx/html\n`;

describe('pin-base-image', () => {
  it('accepts the reference solution with 100 and rejects the starter', () => {
    expectAccepted(ID, definition(ID).solution);
    expectRejected(ID, definition(ID).starter, ['every-base-tagged', 'no-latest']);
  });

  it.each([
    ['another stage name and tags', body('FROM node:22-bookworm-slim AS assets', 'FROM nginx:1.27.3', 'assets')],
    ['digests', body('FROM node@sha256:5c2b2a9f0c38b8a7e6e1a8f4f1d0e0a1b2c3d4e5f60718293a4b5c6d7e8f9012 AS build', 'FROM nginx:latest@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90125c2b2a9f0c38b8a7e6e1a8f4f1d0e')],
    ['ARG-parameterised tags', `ARG NODE_VERSION=22.11\nARG NGINX_VERSION=1.27\n${body('FROM node:${NODE_VERSION}-alpine AS build', 'FROM nginx:${NGINX_VERSION}-alpine')}`],
    ['a stage referenced by index, lower-case keywords', body('from node:22 as build', 'from nginx:1.27-alpine', '0')],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects a missing tag on the final stage only', () => {
    const result = expectRejected(ID, body('FROM node:22 AS build', 'FROM nginx'), ['every-base-tagged']);
    expect(result.requirements.find((r) => r.id === 'every-base-tagged')?.message).toContain('"FROM nginx" has no tag');
  });

  it('rejects latest on the build stage only', () => {
    expectRejected(ID, body('FROM node:latest AS build', 'FROM nginx:1.27'), ['no-latest']);
  });

  it('rejects an ARG without a default in the tag', () => {
    const result = expectRejected(ID, `ARG NODE_VERSION\n${body('FROM node:${NODE_VERSION} AS build', 'FROM nginx:1.27')}`, ['every-base-tagged']);
    expect(result.requirements[0].message).toContain('ARG');
  });

  it('rejects swapping the images instead of pinning them', () => {
    expectRejected(ID, body('FROM node:22 AS build', 'FROM httpd:2.4'), ['same-images']);
  });

  it('explains in Portuguese', () => {
    const result = grade(ID, definition(ID).starter, 'pt-BR');
    expect(result.requirements[0].message).toContain('está sem tag');
  });
});
