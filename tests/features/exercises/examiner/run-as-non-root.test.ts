// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

const apt = `FROM python:3.13-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends libpq5 \\
 && rm -rf /var/lib/apt/lists/*
`;
const pip = `WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
`;
const tail = `EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`;

describe('examiner: run-as-non-root', () => {
  answerTable('run-as-non-root', {
    accepted: [
      ['the hinted useradd, chown and USER', `${apt}RUN useradd --system --uid 10001 --no-create-home appuser
${pip}COPY . .
RUN chown appuser:appuser /app/uploads
USER appuser
${tail}`],
      ['numeric uid only, no useradd', `${apt}${pip}COPY . .
RUN chown 10001:10001 /app/uploads
USER 10001:10001
${tail}`],
      ['groupadd/useradd and COPY --chown of the whole app', `${apt}RUN groupadd --system app && useradd --system --gid app --no-create-home app
${pip}COPY --chown=app:app . .
USER app
${tail}`],
      ['Debian adduser, chown -R, USER name:group', `${apt}RUN adduser --system --group --no-create-home appuser
${pip}COPY . .
RUN chown -R appuser:appuser /app/uploads
USER appuser:appuser
${tail}`],
      ['the nobody user the base image already has', `${apt}${pip}COPY . .
RUN chown nobody:nogroup /app/uploads
USER nobody
${tail}`],
      ['named user created, USER given by its uid', `${apt}RUN useradd --uid 10001 --no-create-home appuser
${pip}COPY . .
RUN chown appuser:appuser /app/uploads
USER 10001
${tail}`],
      ['useradd and chown in one RUN after the last COPY', `${apt}${pip}COPY . .
RUN useradd --system --uid 10001 --no-create-home appuser && chown -R appuser:appuser /app/uploads
USER appuser
${tail}`],
      ['heredoc after the last COPY', `${apt}${pip}COPY . .
RUN <<EOF
set -e
useradd --system --uid 10001 --no-create-home appuser
chown appuser:appuser /app/uploads
EOF
USER appuser
${tail}`],
    ],
    rejected: [
      ['uploads chowned in a heredoc before COPY . . (which gives the folder back to root)', `${apt}RUN <<EOF
set -e
useradd --system --uid 10001 --no-create-home appuser
mkdir -p /app/uploads
chown appuser:appuser /app/uploads
EOF
${pip}COPY . .
USER appuser
${tail}`, ['uploads-writable']],
      ['USER before apt-get', `FROM python:3.13-slim
RUN useradd --system --uid 10001 --no-create-home appuser
USER appuser
RUN apt-get update \\
 && apt-get install -y --no-install-recommends libpq5 \\
 && rm -rf /var/lib/apt/lists/*
${pip}COPY --chown=appuser:appuser . .
${tail}`, ['root-steps-first']],
      ['USER before the system-wide pip install', `${apt}RUN useradd --system --uid 10001 --no-create-home appuser
WORKDIR /app
COPY requirements.txt .
USER appuser
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=appuser:appuser . .
${tail}`, ['root-steps-first']],
      ['--chown to a user created later', `${apt}${pip}COPY --chown=appuser:appuser . .
RUN useradd --system --uid 10001 --no-create-home appuser
USER appuser
${tail}`, ['uploads-writable']],
      ['uploads never handed over', `${apt}RUN useradd --system --uid 10001 --no-create-home appuser
${pip}COPY . .
USER appuser
${tail}`, ['uploads-writable']],
      ['uploads given to another user', `${apt}RUN useradd --system --uid 10001 --no-create-home appuser
${pip}COPY . .
RUN chown www-data:www-data /app/uploads
USER appuser
${tail}`, ['uploads-writable']],
      ['USER nobody without chown', `${apt}${pip}COPY . .
USER nobody
${tail}`, ['uploads-writable']],
      ['user created and chowned, but no USER line', `${apt}RUN useradd --system --uid 10001 --no-create-home appuser
${pip}COPY . .
RUN chown appuser:appuser /app/uploads
${tail}`, ['non-root-user', 'user-exists', 'uploads-writable']],
      ['a named user that was never created', `${apt}${pip}COPY . .
RUN chown 10001:10001 /app/uploads
USER appuser
${tail}`, ['user-exists', 'uploads-writable']],
    ],
  });
});
