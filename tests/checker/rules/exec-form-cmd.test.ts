import { testRule } from '../rule-tester.ts';

testRule('exec-form-cmd', {
  valid: [
    'FROM node:22-slim\nCMD ["node", "server.js"]',
    'FROM node:22-slim\nSHELL ["/bin/bash", "-c"]\nCMD node server.js',
    'FROM node:22-slim\nENTRYPOINT ["/entry.sh"]',
    { name: 'a SHELL set in the parent stage counts', code: 'FROM scratch AS base\nSHELL ["/usr/bin/customshell"]\nFROM base\nCMD mycommand' },
  ],
  invalid: [
    { code: 'FROM node:22-slim\nCMD node server.js --port=8080', errors: [{ messageId: 'useExecForm', line: 2, column: 5, endLine: 2, endColumn: 31 }], output: 'FROM node:22-slim\nCMD ["node", "server.js", "--port=8080"]' },
    { code: 'FROM nginx:1.27\nCMD nginx -g "daemon off;"', errors: [{ messageId: 'useExecForm', line: 2, column: 5, endLine: 2, endColumn: 27 }], name: 'quoted arguments: no automatic fix' },
    { code: 'FROM alpine:3.20\nENTRYPOINT exec /app', errors: [{ messageId: 'useExecForm', line: 2, column: 12, endLine: 2, endColumn: 21 }], output: 'FROM alpine:3.20\nENTRYPOINT ["exec", "/app"]' },
  ],
});
