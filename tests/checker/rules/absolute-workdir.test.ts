import { testRule } from '../rule-tester.ts';

testRule('absolute-workdir', {
  valid: ['FROM alpine:3.13\nWORKDIR /path/to/workdir', 'FROM alpine:3.13\nWORKDIR $HOME/app', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\\\app'],
  invalid: [{ code: 'FROM alpine:3.13\nUSER mike\nWORKDIR path/to/workdir', errors: [{ messageId: 'relative', line: 3, column: 9, endLine: 3, endColumn: 24 }] }],
});
