import { describe, expect, it } from 'vitest';
import { definition, expectAccepted, expectRejected } from './grading.ts';

const ID = 'run-as-non-root';
const APT = 'RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*';
const APP = 'WORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt';
const CMD = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]';
const image = (...lines: string[]) => ['FROM python:3.12-slim', ...lines, CMD].join('\n');

describe('run-as-non-root', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    const result = expectRejected(ID, definition(ID).starter, ['non-root-user', 'user-exists', 'uploads-writable']);
    expect(result.requirements[0].message).toContain('never sets USER');
  });

  it.each([
    ['USER 10001:10001 with COPY --chown by uid', image(APT, APP, 'COPY --chown=10001:10001 . .', 'USER 10001:10001')],
    ['USER 1000 with a chown -R by name', image(APT, 'RUN groupadd -g 1000 app && useradd -u 1000 -g app -M app', APP, 'COPY . .', 'RUN chown -R app:app /app/uploads', 'USER 1000')],
    ['adduser on Debian, install -d and an ARG user name', image(APT, 'ARG APP_USER=appuser', 'RUN adduser --system --no-create-home --gecos "" ${APP_USER}', APP, 'COPY . .', 'RUN install -d -o ${APP_USER} -g ${APP_USER} /app/uploads', 'USER ${APP_USER}')],
    ['the nobody user and a relative chown', image(APT, APP, 'COPY . .', 'RUN chown nobody uploads', 'USER nobody')],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects USER root', () => {
    expectRejected(ID, image(APT, APP, 'COPY --chown=0:0 . .', 'USER root'), ['non-root-user', 'user-exists', 'uploads-writable']);
  });

  it('rejects a user that was never created', () => {
    const result = expectRejected(ID, image(APT, APP, 'COPY --chown=appuser . .', 'USER appuser'), ['user-exists']);
    expect(result.requirements.find((r) => r.id === 'user-exists')?.message).toContain('unable to find user appuser');
  });

  it('rejects apt-get after the switch to the user', () => {
    expectRejected(ID, image('USER 10001', APT, APP, 'COPY --chown=10001 . .'), ['root-steps-first']);
  });

  it('rejects uploads left to root, or overwritten by a later COPY', () => {
    expectRejected(ID, image(APT, APP, 'COPY . .', 'USER 10001'), ['uploads-writable']);
    expectRejected(ID, image(APT, 'RUN useradd -r appuser', APP, 'RUN mkdir -p uploads && chown appuser uploads', 'COPY . .', 'USER appuser'), ['uploads-writable']);
  });
});
