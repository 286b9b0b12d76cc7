import { testRule } from '../rule-tester.ts';

testRule('copy-path-mismatch', {
  valid: [
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    'FROM python:3.12-slim\nCOPY requirements.txt /requirements.txt\nRUN pip install --no-cache-dir -r /requirements.txt',
    'FROM python:3.12-slim\nCOPY requirements.txt /tmp/\nRUN cp /tmp/requirements.txt /r.txt && cat /r.txt',
  ],
  invalid: [
    { code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r /requirements.txt', errors: [{ messageId: 'wrongPath', line: 4, column: 35, endLine: 4, endColumn: 52 }] },
    { code: 'FROM alpine:3.20\nCOPY config.ini /etc/app/\nRUN cat /etc/config.ini', errors: [{ messageId: 'wrongPath', line: 3, column: 9, endLine: 3, endColumn: 24 }] },
  ],
});
