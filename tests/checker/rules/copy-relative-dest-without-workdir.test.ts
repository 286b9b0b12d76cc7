import { testRule } from '../rule-tester.ts';

testRule('copy-relative-dest-without-workdir', {
  valid: [
    'FROM node:22-slim\nWORKDIR /app\nCOPY package.json .',
    'FROM node:22-slim\nCOPY package.json /app/',
    'FROM node:22-slim AS base\nWORKDIR /app\nFROM base\nCOPY . .',
    { name: 'WORKDIR set two stages up the chain', code: 'FROM node:22-slim AS one\nWORKDIR /app\nFROM one AS two\nRUN true\nFROM two\nCOPY . .' },
    { name: 'a Windows drive path is absolute', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe c:\\\\app\\\\app.exe' },
  ],
  invalid: [
    { code: 'FROM node:22-slim\nCOPY package.json ./', errors: [{ messageId: 'noWorkdir', line: 2, column: 19, endLine: 2, endColumn: 21 }] },
    { name: 'a WORKDIR in an unrelated earlier stage does not count', code: 'FROM node:22-slim AS one\nWORKDIR /app\nFROM node:22-slim\nCOPY . app', errors: [{ messageId: 'noWorkdir', line: 4, column: 8 }] },
  ],
});
