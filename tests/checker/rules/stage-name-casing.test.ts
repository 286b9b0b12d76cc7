import { testRule } from '../rule-tester.ts';

testRule('stage-name-casing', {
  valid: ['FROM golang:1.23 AS build'],
  invalid: [
    {
      code: 'FROM golang:1.23 AS Build\nFROM Build AS test\nFROM alpine:3.20\nCOPY --from=Build /out /app',
      errors: [{ messageId: 'notLowerCase', line: 1, column: 21, endLine: 1, endColumn: 26 }],
      output: 'FROM golang:1.23 AS build\nFROM build AS test\nFROM alpine:3.20\nCOPY --from=build /out /app',
    },
  ],
});
