import { testRule } from '../rule-tester.ts';

testRule('pin-base-image-tag', {
  valid: [
    'FROM node:22-slim',
    'FROM scratch',
    'FROM golang:1.23 AS build\nFROM build',
    'FROM alpine@sha256:' + 'a'.repeat(64),
    'ARG BASE\nFROM $BASE',
    'FROM gcr.io/distroless/static-debian12:nonroot',
  ],
  invalid: [
    { code: 'FROM node', errors: [{ messageId: 'missingTag', line: 1, column: 6, endLine: 1, endColumn: 10 }] },
    { code: 'FROM debian:latest\nUSER foo', errors: [{ messageId: 'latestTag', line: 1, column: 6, endLine: 1, endColumn: 19 }] },
    { code: 'FROM golang:1.23 AS build\nFROM alpine AS run', errors: [{ messageId: 'missingTag', line: 2, column: 6, endLine: 2, endColumn: 12 }] },
    { code: 'ARG IMAGE=python:latest\nFROM ${IMAGE}', errors: [{ messageId: 'latestTag', line: 2, column: 6, endLine: 2, endColumn: 14 }], name: 'resolved from a global ARG' },
  ],
});
