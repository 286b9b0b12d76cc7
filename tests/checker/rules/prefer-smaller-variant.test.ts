import { describe, expect, it } from 'vitest';
import { checkDockerfile } from '../../../src/checker/index.ts';
import { testRule } from '../rule-tester.ts';

testRule('prefer-smaller-variant', {
  valid: ['FROM python:3.12-slim', 'FROM node:22-alpine', 'FROM python:3.12 AS build\nFROM python:3.12-slim', 'FROM nginx:1.27'],
  invalid: [
    { code: 'FROM python:3.12', errors: [{ messageId: 'useSlim', line: 1, column: 6, endLine: 1, endColumn: 17 }] },
    { code: 'FROM node:22-bookworm', errors: [{ messageId: 'useSlim', line: 1, column: 6, endLine: 1, endColumn: 22 }] },
  ],
});


describe('prefer-smaller-variant suggestions', () => {
  const suggestion = (code: string) => checkDockerfile(code).find((f) => f.rule === 'prefer-smaller-variant')?.message;
  it('appends -slim to a versioned tag', () => {
    expect(suggestion('FROM python:3.12')).toContain('"python:3.12-slim"');
  });
  it('never suggests latest-slim: points at a versioned slim tag', () => {
    expect(suggestion('FROM node:latest')).toContain('"node:<version>-slim"');
    expect(suggestion('FROM node')).toContain('"node:<version>-slim"');
  });
});
