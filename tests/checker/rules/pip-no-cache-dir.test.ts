import { testRule } from '../rule-tester.ts';

testRule('pip-no-cache-dir', {
  valid: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt',
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask',
    'FROM python:3.12-slim\nRUN pip freeze',
  ],
  invalid: [
    { code: 'FROM python:3.12-slim\nRUN pip install -r requirements.txt', errors: [{ messageId: 'missingNoCacheDir', line: 2, column: 5, endLine: 2, endColumn: 36 }], output: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt' },
    { code: 'FROM python:3.12-slim\nRUN python3 -m pip install flask', errors: [{ messageId: 'missingNoCacheDir', line: 2, column: 5, endLine: 2, endColumn: 33 }], output: 'FROM python:3.12-slim\nRUN python3 -m pip install --no-cache-dir flask' },
  ],
});
