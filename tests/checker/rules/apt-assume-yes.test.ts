import { testRule } from '../rule-tester.ts';

testRule('apt-assume-yes', {
  valid: [
    'FROM debian:12\nRUN ["sh", "-c", "apt-get install -y curl"]',
    'FROM debian:12\nRUN sudo -u root -E apt-get install -y curl',
    'FROM node:12\nRUN apt-get -fmy install apt-utils && apt-get clean',
    'FROM debian:12\nRUN apt-get install --yes curl',
    'FROM debian:12\nRUN apt-get -qq install curl',
    'FROM debian:12\nRUN apt-get update',
    { code: 'FROM debian:12\nRUN apt-get install -q -q curl', name: 'quiet level 2 implies -y' },
    { code: 'FROM debian:12\nRUN apt-get install --quiet --quiet curl', name: 'long quiet twice' },
    { code: 'FROM debian:12\nRUN apt-get -qqy install curl', name: 'combined short options' },
    { code: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl', name: 'Assume-Yes set with -o' },
    { code: 'FROM debian:12\nRUN if apt-get install -s curl > /dev/null; then echo ok; fi', name: 'a simulation asks nothing' },
  ],
  invalid: [
    { code: 'FROM node:12\nRUN apt-get install apt-utils && apt-get clean', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 30 }], output: 'FROM node:12\nRUN apt-get install -y apt-utils && apt-get clean' },
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n    sudo apt-get install \\\n      curl',
      errors: [{ messageId: 'missingYes', line: 3, column: 5, endLine: 4, endColumn: 11 }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    sudo apt-get install -y \\\n      curl',
      name: 'across continuations and behind sudo',
    },
    { code: 'FROM debian:12\nRUN apt-get install -q curl', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 28 }], output: 'FROM debian:12\nRUN apt-get install -y -q curl', name: 'quiet level 1 does not imply -y' },
    { code: 'FROM debian:12\nRUN apt-get remove curl', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 24 }], output: 'FROM debian:12\nRUN apt-get remove -y curl', name: 'remove asks too' },
    { code: 'FROM debian:12\nONBUILD RUN apt-get install curl', errors: [{ messageId: 'missingYes', line: 2, column: 13, endLine: 2, endColumn: 33 }], output: 'FROM debian:12\nONBUILD RUN apt-get install -y curl', name: 'ONBUILD RUN' },
    { code: 'FROM debian:12\nRUN gosu app apt-get install curl', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 34 }], output: 'FROM debian:12\nRUN gosu app apt-get install -y curl', name: 'behind gosu' },
    { code: 'FROM debian:12\nRUN ["apt-get", "install", "curl"]', errors: [{ messageId: 'missingYes', line: 2, column: 6, endLine: 2, endColumn: 34 }], output: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]', name: 'exec form: the fix adds a JSON string' },
    { code: 'FROM debian:12\nRUN sh -c \'apt-get install curl\'', errors: [{ messageId: 'missingYes', line: 2, column: 12, endLine: 2, endColumn: 32 }], output: 'FROM debian:12\nRUN sh -c \'apt-get install -y curl\'', name: 'inside sh -c' },
    { code: 'FROM debian:12\nRUN timeout 60 apt-get install curl', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 36 }], output: 'FROM debian:12\nRUN timeout 60 apt-get install -y curl', name: 'behind timeout and its duration' },
  ],
});
