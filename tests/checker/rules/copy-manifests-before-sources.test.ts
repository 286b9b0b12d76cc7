import { testRule } from '../rule-tester.ts';

testRule('copy-manifests-before-sources', {
  valid: [
    'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build',
    'FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .',
  ],
  invalid: [
    { code: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci', errors: [{ messageId: 'installAfterCopyAll', line: 4, column: 5, endLine: 4, endColumn: 11 }] },
    { code: 'FROM python:3.12-slim\nCOPY . /app\nRUN pip install --no-cache-dir -r /app/requirements.txt', errors: [{ messageId: 'installAfterCopyAll', line: 3, column: 5, endLine: 3, endColumn: 56 }] },
  ],
});
