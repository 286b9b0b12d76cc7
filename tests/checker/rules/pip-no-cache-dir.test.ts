import { testRule } from '../rule-tester.ts';

testRule('pip-no-cache-dir', {
  valid: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt',
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask',
    'FROM python:3.12-slim\nRUN pip freeze',
    { code: 'FROM python:3.12-slim\nRUN export PIP_NO_CACHE_DIR=1 && pip install flask', name: 'exported earlier in the RUN' },
    { code: 'FROM python:3.12-slim\nRUN env PIP_NO_CACHE_DIR=1 pip install flask', name: 'set through env' },
    { code: 'FROM python:3.12-slim\nRUN --mount=type=tmpfs,target=/root/.cache/pip pip install flask', name: 'tmpfs mount' },
    { code: 'FROM python:3.12-slim\nRUN pip install flask && rm -rf /root/.cache', name: 'cache removed after the install' },
    { code: 'FROM python:3.12-slim\nRUN pip install flask && pip cache purge', name: 'pip cache purge' },
    { code: 'FROM python:3.12-slim\nRUN pipx install black', name: 'pipx is not pip' },
  ],
  invalid: [
    { code: 'FROM python:3.12-slim\nRUN pip install -r requirements.txt', errors: [{ messageId: 'missingNoCacheDir', line: 2, column: 5, endLine: 2, endColumn: 36 }], output: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt' },
    { code: 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=false\nRUN pip install flask', errors: [{ messageId: 'misleadingValue', line: 3, column: 5, endLine: 3, endColumn: 22 }], name: 'a false value still turns the cache off, but says the opposite' },
    { code: 'FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR=0 pip install flask', errors: [{ messageId: 'misleadingValue', line: 2, column: 5, endLine: 2, endColumn: 41 }], name: 'false value on the command' },
    { code: 'FROM python:3.12-slim\nRUN pip --disable-pip-version-check install flask', errors: [{ messageId: 'missingNoCacheDir', line: 2, column: 5, endLine: 2, endColumn: 50 }], output: 'FROM python:3.12-slim\nRUN pip --disable-pip-version-check install --no-cache-dir flask', name: 'global option before install' },
    { code: 'FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12-slim\nRUN pip install flask', errors: [{ messageId: 'missingNoCacheDir', line: 4, column: 5, endLine: 4, endColumn: 22 }], output: 'FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12-slim\nRUN pip install --no-cache-dir flask', name: 'ENV of an unrelated stage' },
    { code: 'FROM python:3.12-slim\nONBUILD RUN pip install flask', errors: [{ messageId: 'missingNoCacheDir', line: 2, column: 13, endLine: 2, endColumn: 30 }], output: 'FROM python:3.12-slim\nONBUILD RUN pip install --no-cache-dir flask', name: 'ONBUILD RUN' },
    { code: 'FROM python:3.12-slim\nRUN python3 -m pip install flask', errors: [{ messageId: 'missingNoCacheDir', line: 2, column: 5, endLine: 2, endColumn: 33 }], output: 'FROM python:3.12-slim\nRUN python3 -m pip install --no-cache-dir flask' },
    { code: 'FROM python:3.12\nRUN sh -c \'pip install flask\'', errors: [{ messageId: 'missingNoCacheDir', line: 2, column: 12, endLine: 2, endColumn: 29 }], output: 'FROM python:3.12\nRUN sh -c \'pip install --no-cache-dir flask\'', name: 'inside sh -c' },
  ],
});
