import { describe, it } from 'vitest';
import { definition, expectAccepted, expectRejected } from './grading.ts';

const ID = 'python-cache-order';
const CMD = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]';

describe('python-cache-order', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    expectRejected(ID, definition(ID).starter, ['manifest-first', 'sources-after-install', 'pip-no-cache']);
  });

  it.each([
    ['python -m pip, an absolute path and app.py alone', `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt /app/requirements.txt\nRUN python -m pip install --no-cache-dir -r /app/requirements.txt\nCOPY app.py .\nCOPY templates/ templates/\n${CMD}`],
    ['PIP_NO_CACHE_DIR and a separate dependency folder', `FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1\nCOPY requirements.txt /tmp/\nRUN pip install -r /tmp/requirements.txt\nWORKDIR /app\nCOPY . .\n${CMD}`],
    ['a pip cache mount, JSON COPY and a heredoc RUN', `FROM python:3.12-slim\nWORKDIR /app\nCOPY ["requirements.txt", "./"]\nRUN --mount=type=cache,target=/root/.cache/pip <<EOF\npip install -r requirements.txt\nEOF\nCOPY . .\n${CMD}`],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects copying everything first, even with --no-cache-dir', () => {
    expectRejected(ID, `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n${CMD}`, ['manifest-first', 'sources-after-install']);
  });

  it('rejects copying the sources between the manifest and the install', () => {
    expectRejected(ID, `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nCOPY app.py .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n${CMD}`, ['sources-after-install']);
  });

  it("rejects keeping pip's cache", () => {
    expectRejected(ID, `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n${CMD}`, ['pip-no-cache']);
  });

  it('rejects an image that never copies the code', () => {
    expectRejected(ID, `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n${CMD}`, ['sources-after-install']);
  });
});
