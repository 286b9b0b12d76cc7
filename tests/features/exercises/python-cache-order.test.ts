import { describe, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'python-cache-order';
const CMD = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]';

const image = (...lines: string[]) => ['FROM python:3.12-slim', 'WORKDIR /app', ...lines, CMD].join('\n');
const INSTALL = 'RUN pip install --no-cache-dir -r requirements.txt';

const VARIANTS: AnswerTable = {
  accepted: [
    ['pip called by its venv path', image('RUN python -m venv /opt/venv', 'ENV PATH=/opt/venv/bin:$PATH', 'COPY requirements.txt .', 'RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt', 'COPY . .')],
    ['pip upgraded first, flags after -r, and pip3', image('COPY requirements.txt .', 'RUN pip3 install --no-cache-dir --upgrade pip && pip3 install -r requirements.txt --no-cache-dir', 'COPY . .')],
    ['PIP_NO_CACHE_DIR as an ARG inside the stage and --requirement', image('ARG PIP_NO_CACHE_DIR=1', 'COPY requirements.txt ./', 'RUN pip install --requirement requirements.txt', 'COPY . .')],
    ['a cache mount on the whole ~/.cache', image('COPY requirements.txt .', 'RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt', 'COPY app.py .', 'COPY templates templates')],
    ['a venv built in a first stage and copied into the final one', `FROM python:3.12-slim AS deps\nRUN python -m venv /opt/venv\nCOPY requirements.txt .\nRUN /opt/venv/bin/pip install -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=deps /opt/venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nWORKDIR /app\nCOPY . .\n${CMD}`],
    ['requirements and constraints copied together', image('COPY requirements.txt constraints.txt ./', 'RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt', 'COPY . .')],
  ],
  rejected: [
    ['PIP_NO_CACHE_DIR as a global ARG never re-declared in the stage', `ARG PIP_NO_CACHE_DIR=1\n${image('COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .')}`, ['pip-no-cache']],
    ['requirements.txt copied together with app.py', image('COPY requirements.txt app.py ./', INSTALL, 'COPY . .'), ['manifest-first', 'sources-after-install']],
    ['--no-cache-dir on the pip upgrade only', image('COPY requirements.txt .', 'RUN pip install --no-cache-dir --upgrade pip && pip install -r requirements.txt', 'COPY . .'), ['pip-no-cache']],
    ['the venv pip without --no-cache-dir', image('RUN python -m venv /opt/venv', 'COPY requirements.txt .', 'RUN /opt/venv/bin/pip install -r requirements.txt', 'COPY . .'), ['pip-no-cache']],
    ['CMD ["gunicorn --bind 0.0.0.0:8000 app:app"], a program with spaces in its name', image('COPY requirements.txt .', INSTALL, 'COPY . .').replace(CMD, 'CMD ["gunicorn --bind 0.0.0.0:8000 app:app"]'), ['starts-app']],
    ['a first stage that copies everything before installing', `FROM python:3.12-slim AS deps\nRUN python -m venv /opt/venv\nCOPY . .\nRUN /opt/venv/bin/pip install -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=deps /opt/venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nWORKDIR /app\nCOPY . .\n${CMD}`, ['manifest-first', 'sources-after-install']],
    ['the install after true ||, which never runs', image('COPY requirements.txt .', 'RUN true || pip install --no-cache-dir -r requirements.txt', 'COPY . .'), ['manifest-first', 'sources-after-install']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['absolute destinations and --upgrade', image('COPY requirements.txt /app/', 'RUN pip install --no-cache-dir --upgrade -r /app/requirements.txt', 'COPY app.py /app/', 'COPY templates /app/templates')],
    ['pip check after the install', image('COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt && pip check', 'COPY . .')],
    ['wheels built in a first stage, installed in the final one', `FROM python:3.12-slim AS wheels\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt\n\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=wheels /wheels /wheels\nRUN pip install --no-cache-dir /wheels/* && rm -rf /wheels\nCOPY . .\n${CMD}`],
    ['a requirements*.txt glob', image('COPY requirements*.txt ./', INSTALL, 'COPY . .')],
  ],
  rejected: [
    ['everything copied to /app first', image('COPY . /app', 'RUN pip install --no-cache-dir -r /app/requirements.txt'), ['manifest-first', 'sources-after-install']],
    ['requirements.txt copied to /tmp but read from the WORKDIR', image('COPY requirements.txt /tmp/', INSTALL, 'COPY . .'), ['manifest-first']],
    ['packages named on the command line instead of requirements.txt', image('RUN pip install --no-cache-dir flask gunicorn', 'COPY . .'), ['manifest-first', 'sources-after-install']],
    ['PIP_NO_CACHE_DIR set after the install', image('COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'ENV PIP_NO_CACHE_DIR=1', 'COPY . .'), ['pip-no-cache']],
    ['the CMD dropped', image('COPY requirements.txt .', INSTALL, 'COPY . .').replace(`\n${CMD}`, ''), ['starts-app']],
  ],
};

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

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
