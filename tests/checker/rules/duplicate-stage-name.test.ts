import { testRule } from '../rule-tester.ts';

testRule('duplicate-stage-name', {
  valid: ['FROM baseImage:1.1\nRUN test\n\nFROM debian:jesse2 as build2\nRUN stuff\n\nFROM debian:jesse1 as build1\nRUN more_stuff'],
  invalid: [
    { code: 'FROM debian:jesse2 as build\nRUN stuff\n\nFROM debian:jesse1 as Build\nRUN more_stuff', errors: [{ messageId: 'duplicate', line: 4, column: 23, endLine: 4, endColumn: 28 }] },
  ],
});
