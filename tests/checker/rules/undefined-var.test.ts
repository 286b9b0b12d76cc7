import { testRule } from '../rule-tester.ts';

testRule('undefined-var', {
  valid: [
    'FROM alpine:3.20\nARG APP_DIR=/app\nCOPY . $APP_DIR',
    'FROM python:3.12-slim\nENV PATH=/venv/bin:$PATH',
    'FROM alpine:3.20\nCOPY . ${DEST:-/app}',
    'FROM alpine:3.20\nRUN echo $UNDEFINED_IN_SHELL',
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nARG APP_DIR=/app\nCOPY . $APP_DIRR', errors: [{ messageId: 'typo', line: 3, column: 6, endLine: 3, endColumn: 17 }] },
    { code: 'FROM alpine:3.20\nWORKDIR $HOME_DIR\nENV HOME_DIR=/home/app', errors: [{ messageId: 'usedBeforeDefined', line: 2, column: 9, endLine: 2, endColumn: 18 }] },
  ],
});
