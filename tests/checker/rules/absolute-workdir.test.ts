import { testRule } from '../rule-tester.ts';

testRule('absolute-workdir', {
  valid: [
    'FROM alpine:3.13\nWORKDIR /path/to/workdir',
    'FROM alpine:3.13\nWORKDIR $HOME/app',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\\\app',
    { name: 'relative to an absolute WORKDIR set earlier in the stage', code: 'FROM alpine:3.13\nWORKDIR /app\nWORKDIR src' },
    { name: 'relative to an absolute WORKDIR set in the parent stage', code: 'FROM scratch AS a\nWORKDIR /app\nFROM a AS b\nWORKDIR subdir/' },
    { name: 'Windows drive paths, quoted or not', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR "C:\\\\"\nWORKDIR C:/app' },
  ],
  invalid: [
    { code: 'FROM alpine:3.13\nUSER mike\nWORKDIR path/to/workdir', errors: [{ messageId: 'relative', line: 3, column: 9, endLine: 3, endColumn: 24 }] },
    { name: 'an absolute WORKDIR in an unrelated stage does not count', code: 'FROM alpine:3.20 AS a\nWORKDIR /app\nFROM alpine:3.20\nWORKDIR src', errors: [{ messageId: 'relative', line: 4, column: 9 }] },
    { name: 'only the first WORKDIR is checked: fixing it fixes the rest', code: 'FROM alpine:3.20\nWORKDIR app\nWORKDIR src', errors: [{ messageId: 'relative', line: 2, column: 9 }] },
  ],
});
