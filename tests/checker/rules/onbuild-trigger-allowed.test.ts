import { testRule } from '../rule-tester.ts';

testRule('onbuild-trigger-allowed', {
  valid: [
    'FROM node:22\nONBUILD COPY . /app/src',
    'FROM node:22\nONBUILD RUN npm ci',
    'FROM node:22\nONBUILD HEALTHCHECK NONE',
    'FROM node:22\nonbuild workdir /app',
    { code: 'FROM node:22\nMAINTAINER Ana <ana@example.com>', name: 'MAINTAINER outside ONBUILD is another rule\'s business' },
    'FROM node:22\nFROM alpine:3.20',
  ],
  invalid: [
    { code: 'FROM node:22\nONBUILD ONBUILD RUN npm test', errors: [{ messageId: 'notAllowed', line: 2, column: 9, endLine: 2, endColumn: 16 }] },
    { code: 'FROM node:22\nONBUILD FROM alpine:3.20', errors: [{ messageId: 'notAllowed', line: 2, column: 9 }], name: 'FROM' },
    { code: 'FROM node:22\nONBUILD MAINTAINER Ana', errors: [{ messageId: 'notAllowed', line: 2, column: 9 }], name: 'MAINTAINER' },
    { code: 'FROM node:22\nonbuild   from alpine:3.20', errors: [{ messageId: 'notAllowed', line: 2, column: 11 }], name: 'lower case, extra spaces' },
  ],
});
