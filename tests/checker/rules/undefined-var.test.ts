import { testRule } from '../rule-tester.ts';

testRule('undefined-var', {
  valid: [
    'FROM alpine:3.20\nARG APP_DIR=/app\nCOPY . $APP_DIR',
    'FROM python:3.12-slim\nENV PATH=/venv/bin:$PATH',
    'FROM alpine:3.20\nCOPY . ${DEST:-/app}',
    'FROM alpine:3.20\nRUN echo $UNDEFINED_IN_SHELL',
    { name: 'an image may set variables we cannot see', code: 'FROM python:3.12\nARG VERSION=$PYTHON_VERSION\nCOPY $SRC .' },
    { name: 'FROM scratch has PATH and the ARGs of the stages it is built on', code: 'FROM scratch AS base\nARG foo=Dockerfile\nFROM base\nENV PATH=/bin:$PATH\nCOPY $foo .' },
    { name: 'an ARG declared without a value is defined', code: 'FROM scratch\nARG foo\nCOPY Dockerfile${foo} .' },
    { name: 'a platform ARG declared in the stage', code: 'FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app' },
    { name: 'a later pair of the same ARG sees the earlier one', code: 'FROM scratch\nARG A=1 B=$A\nCOPY $B .' },
    { name: 'an ARG of the parent stage is defined in the child, not a typo', code: 'FROM alpine:3.20 AS base\nARG APP_DIRS\nFROM base\nARG APP_DIR=/srv\nCOPY . $APP_DIRS' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nARG APP_DIR=/app\nCOPY . $APP_DIRR', errors: [{ messageId: 'typo', line: 3, column: 6, endLine: 3, endColumn: 17 }] },
    { code: 'FROM alpine:3.20\nWORKDIR $HOME_DIR\nENV HOME_DIR=/home/app', errors: [{ messageId: 'usedBeforeDefined', line: 2, column: 9, endLine: 2, endColumn: 18 }] },
    { name: 'a near miss of PATH', code: 'FROM alpine:3.20\nENV PATH=$PAHT:/tmp/bin', errors: [{ messageId: 'typo', line: 2, column: 5 }] },
    { name: 'anything undefined in a FROM scratch stage', code: 'FROM scratch AS first\nCOPY $foo .\nFROM scratch AS second\nCOPY $bar .', errors: [{ messageId: 'undefined', line: 2, column: 6 }, { messageId: 'undefined', line: 4, column: 6 }] },
    { name: 'an ARG default is expanded too', code: 'FROM alpine:3.20\nARG DIR=/srv\nARG APP_DIR=$DIRR/app', errors: [{ messageId: 'typo', line: 3, column: 13 }] },
    { name: 'a platform ARG the stage did not declare', code: 'FROM alpine:3.20\nCOPY bin/$TARGETARCH/app /app', errors: [{ messageId: 'platformArgNotDeclared', line: 2, column: 6 }] },
    { name: 'COPY --chown is expanded', code: 'FROM scratch\nCOPY --chown=$APP_UID app /app', errors: [{ messageId: 'undefined', line: 2, column: 6 }] },
  ],
});
