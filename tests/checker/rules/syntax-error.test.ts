import { testRule } from '../rule-tester.ts';

testRule('syntax-error', {
  valid: ['FROM alpine:3.20\nRUN echo hi', 'ARG V=1\nFROM alpine:$V\nRUN <<EOF\necho hi\nEOF', 'FROM alpine:3.20\nRUN [ -f /etc/os-release ] && echo ok'],
  invalid: [
    { code: 'FROM alpine:3.20\nRUNN echo hi', errors: [{ messageId: 'unknownInstruction', line: 2, column: 1, endLine: 2, endColumn: 5 }] },
    { code: 'FROM alpine:3.20\nCMD ["sh", "-c"', errors: [{ messageId: 'invalidJson', line: 2, column: 5, endLine: 2, endColumn: 16 }] },
    { code: 'FROM alpine:3.20\nRUN <<EOF\necho hi', errors: [{ messageId: 'unterminatedHeredoc', line: 2, column: 5, endLine: 2, endColumn: 10 }] },
    { code: 'FROM\nRUN x', errors: [{ messageId: 'missingArguments', line: 1, column: 1, endLine: 1, endColumn: 5 }] },
    { code: 'FROM --platform=linux/amd64\nRUN x', errors: [{ messageId: 'missingArguments', line: 1, column: 1, endLine: 1, endColumn: 5 }] },
    { code: 'FROM alpine:3.20\nCOPY --form=build /a /b', errors: [{ messageId: 'unknownFlag', line: 2, column: 6, endLine: 2, endColumn: 18 }] },
    { code: 'FROM alpine:3.20\nENV PATH', errors: [{ messageId: 'keyValueMissingValue', line: 2, column: 5, endLine: 2, endColumn: 9 }] },
    { code: 'RUN echo hi', errors: [{ messageId: 'noStage', line: 1, column: 1, endLine: 1, endColumn: 4 }] },
    { code: 'FROM alpine:3.20\nCMD ["echo", ["x"]]', errors: [{ messageId: 'jsonNotStringArray', line: 2, column: 5, endLine: 2, endColumn: 20 }] },
    { code: '# just a comment\n', errors: [{ messageId: 'noInstructions', line: 1, column: 1, endLine: 1, endColumn: 17 }] },
    { code: 'FROM alpine:3.20 AS\nRUN x', errors: [{ messageId: 'fromInvalidAs', line: 1, column: 6, endLine: 1, endColumn: 20 }] },
  ],
});
