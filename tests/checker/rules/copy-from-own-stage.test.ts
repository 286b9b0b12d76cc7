import { testRule } from '../rule-tester.ts';

testRule('copy-from-own-stage', {
  valid: ['FROM golang:1.7.3 as dep\nCOPY  /binary /\n\nFROM alpine:3.13\nCOPY --from=dep /binary /'],
  invalid: [
    { code: 'FROM golang:1.7.3 as dep\nCOPY --from=dep /binary /', errors: [{ messageId: 'ownStage', line: 2, column: 13, endLine: 2, endColumn: 16 }] },
    { code: 'FROM golang:1.7.3\nFROM alpine:3.13\nCOPY --from=1 /x /', errors: [{ messageId: 'ownStage', line: 3, column: 13, endLine: 3, endColumn: 14 }] },
  ],
});
