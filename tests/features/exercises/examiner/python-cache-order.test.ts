// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

const tail = `EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`;

describe('examiner: python-cache-order', () => {
  answerTable('python-cache-order', {
    accepted: [
      ['the hinted order on python:3.13-slim', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
${tail}`],
      ['manifest in /tmp, installed from there', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt /tmp/requirements.txt
RUN pip install --no-cache-dir -r /tmp/requirements.txt
COPY . .
${tail}`],
      ['PIP_NO_CACHE_DIR in the environment', `FROM python:3.13-slim
ENV PIP_NO_CACHE_DIR=1 \\
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt
COPY . .
${tail}`],
      ['python -m pip, flag after -r, code copied file by file', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt requirements.txt
RUN python -m pip install -r requirements.txt --no-cache-dir
COPY app.py .
COPY templates/ templates/
${tail}`],
      ['a virtualenv', `FROM python:3.13-slim
WORKDIR /app
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["/venv/bin/gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`],
      ['BuildKit cache mount keeps the pip cache out of the image', `# syntax=docker/dockerfile:1
FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
COPY . .
${tail}`],
      ['shell-form CMD still starts the app', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD gunicorn --bind 0.0.0.0:8000 app:app
`],
    ],
    rejected: [
      ['only --no-cache-dir added to the starter', `FROM python:3.13-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
${tail}`, ['manifest-first', 'sources-after-install']],
      ['right order, pip cache kept', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
${tail}`, ['pip-no-cache']],
      ['pip cache removed in a later RUN', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
RUN rm -rf /root/.cache/pip
COPY . .
${tail}`, ['pip-no-cache']],
      ['app.py copied together with the manifest', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt app.py ./
RUN pip install --no-cache-dir -r requirements.txt
COPY templates/ templates/
${tail}`, ['manifest-first', 'sources-after-install']],
      ['manifest copied to /tmp, installed from the WORKDIR', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
${tail}`, ['manifest-first']],
      ['CMD as one string in JSON', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["gunicorn --bind 0.0.0.0:8000 app:app"]
`, ['starts-app']],
      ['PIP_NO_CACHE_DIR set after the install', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
ENV PIP_NO_CACHE_DIR=1
COPY . .
${tail}`, ['pip-no-cache']],
      ['manifest copied alone, but the code too before the install', `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
${tail}`, ['manifest-first', 'sources-after-install']],
    ],
  });
});
