import { testRule } from '../rule-tester.ts';

testRule('image-name-typo', {
  valid: ['FROM alpine:3.20', 'FROM python:3.12-slim-bookworm', 'FROM node:22-alpine3.20', 'FROM myorg/apline:1', 'FROM mongo:7', 'FROM redis:7-bookworm', 'FROM mono:6.12', 'FROM docker:27-dind-rootless', 'FROM nginx:1.27-alpine-otel'],
  invalid: [
    { code: 'FROM apline:3.20', errors: [{ messageId: 'imageTypo', line: 1, column: 6, endLine: 1, endColumn: 12 }], output: 'FROM alpine:3.20' },
    { code: 'FROM ubunut:24.04 AS base', errors: [{ messageId: 'imageTypo', line: 1, column: 6, endLine: 1, endColumn: 12 }], output: 'FROM ubuntu:24.04 AS base' },
    { code: 'FROM nginix:1.27', errors: [{ messageId: 'imageTypo', line: 1, column: 6, endLine: 1, endColumn: 12 }], output: 'FROM nginx:1.27' },
    { code: 'FROM goland:1.23', errors: [{ messageId: 'imageTypo', line: 1, column: 6, endLine: 1, endColumn: 12 }], output: 'FROM golang:1.23' },
    { code: 'FROM python:3.12-slim-bookwrom', errors: [{ messageId: 'tagTypo', line: 1, column: 23, endLine: 1, endColumn: 31 }], output: 'FROM python:3.12-slim-bookworm' },
    { code: 'FROM node:22-alipne', errors: [{ messageId: 'tagTypo', line: 1, column: 14, endLine: 1, endColumn: 20 }], output: 'FROM node:22-alpine' },
  ],
});
