import { testRule } from '../rule-tester.ts';

testRule('syntax-error', {
  valid: [
    'FROM alpine:3.20\nRUN echo hi',
    'ARG V=1\nFROM alpine:$V\nRUN <<EOF\necho hi\nEOF',
    'FROM alpine:3.20\nRUN [ -f /etc/os-release ] && echo ok',
    { name: 'signal names in any case, with or without SIG, and numbers', code: 'FROM alpine:3.20\nSTOPSIGNAL sigquit\nSTOPSIGNAL TERM\nSTOPSIGNAL 9\nSTOPSIGNAL SIGRTMIN+3\nSTOPSIGNAL $SIG' },
  ],
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
    { name: 'BuildKit refuses a repeated flag', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=10s --interval=1s CMD ["x"]', errors: [{ messageId: 'duplicateFlag', line: 2, column: 28, endLine: 2, endColumn: 41 }] },
    { name: 'BuildKit refuses a repeated --network but not a repeated --mount', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/a --mount=type=cache,target=/b --network=host --network=none x', errors: [{ messageId: 'duplicateFlag', line: 2, column: 78 }] },
    { name: 'boolean flags take true or false', code: 'FROM alpine:3.20\nCOPY --link=yes a /b', errors: [{ messageId: 'flagNotBoolean', line: 2, column: 6 }] },
    { name: 'stage names start with a letter', code: 'FROM alpine:3.20 AS 2nd\nRUN x', errors: [{ messageId: 'invalidStageName', line: 1, column: 21, endLine: 1, endColumn: 24 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD', errors: [{ messageId: 'healthcheckMissingCommand', line: 2, column: 27 }] },
    { code: 'FROM alpine:3.20\nSHELL /bin/bash -c', errors: [{ messageId: 'shellNotJson', line: 2, column: 7 }] },
    { code: 'FROM alpine:3.20\nVOLUME ["/data", ""]', errors: [{ messageId: 'emptyVolume', line: 2, column: 8 }] },
    { code: 'FROM alpine:3.20\nARG =x', errors: [{ messageId: 'blankArgName', line: 2, column: 5 }] },
    { name: 'a check directive BuildKit cannot read', code: '# check=skip=all;colour=blue\nFROM alpine:3.20', errors: [{ messageId: 'invalidCheckDirective', line: 1, column: 1 }] },
    { name: 'BuildKit refuses an unknown stop signal', code: 'FROM alpine:3.20\nSTOPSIGNAL SIGFOO', errors: [{ messageId: 'invalidStopSignal', line: 2, column: 12 }] },
  ],
});
