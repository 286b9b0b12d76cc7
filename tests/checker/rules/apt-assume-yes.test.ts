import { testRule } from '../rule-tester.ts';

testRule('apt-assume-yes', {
  valid: [
    'FROM node:12\nRUN apt-get -fmy install apt-utils && apt-get clean',
    'FROM debian:12\nRUN apt-get install --yes curl',
    'FROM debian:12\nRUN apt-get -qq install curl',
    'FROM debian:12\nRUN apt-get update',
  ],
  invalid: [
    { code: 'FROM node:12\nRUN apt-get install apt-utils && apt-get clean', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 30 }], output: 'FROM node:12\nRUN apt-get install -y apt-utils && apt-get clean' },
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n    sudo apt-get install \\\n      curl',
      errors: [{ messageId: 'missingYes', line: 3, column: 5, endLine: 4, endColumn: 11 }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    sudo apt-get install -y \\\n      curl',
      name: 'across continuations and behind sudo',
    },
  ],
});
