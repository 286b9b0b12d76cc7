import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'run-as-non-root';
const APT = 'RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*';
const APP = 'WORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt';
const CMD = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]';
const image = (...lines: string[]) => ['FROM python:3.12-slim', ...lines, CMD].join('\n');

const VARIANTS: AnswerTable = {
  accepted: [
    ['a system user and group with uid 10001, USER by number', image(APT, 'RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app', APP, 'COPY . .', 'RUN mkdir -p /app/uploads && chown app:app /app/uploads', 'USER 10001:10001')],
    ['adduser with --uid and COPY --chown by name', image(APT, 'RUN adduser --disabled-password --gecos "" --uid 10001 appuser', APP, 'COPY --chown=appuser:appuser . .', 'USER appuser')],
    ['a uid, COPY --chown by that uid and group 0', image(APT, 'RUN useradd -u 10001 appuser', APP, 'COPY --chown=10001:0 . .', 'USER appuser')],
    ['nobody and nogroup', image(APT, APP, 'COPY . .', 'RUN chown nobody:nogroup /app/uploads', 'USER nobody:nogroup')],
    ['a recursive chown of /app', image(APT, 'RUN useradd --create-home --shell /usr/sbin/nologin appuser', APP, 'COPY . .', 'RUN chown -R appuser:appuser /app', 'USER appuser')],
    ['pip install --user after the switch', image(APT, 'RUN useradd --create-home --uid 10001 appuser', 'WORKDIR /app', 'COPY --chown=appuser . .', 'USER appuser', 'RUN pip install --user --no-cache-dir -r requirements.txt', 'ENV PATH=/home/appuser/.local/bin:$PATH')],
  ],
  rejected: [
    ['a --system user (no uid 10001) owning uploads, USER 10001', image(APT, 'RUN useradd --system --no-create-home appuser', APP, 'COPY . .', 'RUN chown appuser:appuser /app/uploads', 'USER 10001'), ['uploads-writable']],
    ['USER 00', image(APT, APP, 'COPY --chown=10001 . .', 'USER 00'), ['non-root-user', 'user-exists', 'uploads-writable']],
    ['USER 0000:0000', image(APT, APP, 'COPY . .', 'USER 0000:0000'), ['non-root-user', 'user-exists', 'uploads-writable']],
    ['useradd --non-unique --uid 0, a second root', image(APT, 'RUN useradd --non-unique --uid 0 --no-create-home admin', APP, 'COPY --chown=admin . .', 'USER admin'), ['non-root-user', 'user-exists', 'uploads-writable']],
    ['a global ARG for the user, never re-declared in the stage', `ARG APP_USER=appuser\n${image(APT, 'RUN useradd -r appuser', APP, 'COPY --chown=appuser . .', 'USER $APP_USER')}`, ['non-root-user', 'user-exists', 'uploads-writable']],
    ['chmod 777 instead of an owner', image(APT, APP, 'COPY . .', 'RUN chmod 777 /app/uploads', 'USER 10001'), ['uploads-writable']],
    ['the user created after USER names it', image(APT, APP, 'COPY --chown=10001 . .', 'USER appuser', 'RUN useradd -u 10001 appuser'), ['user-exists', 'root-steps-first']],
    ['uploads given to another uid', image(APT, 'RUN useradd -u 1000 app', APP, 'COPY . .', 'RUN chown 1001 /app/uploads', 'USER app'), ['uploads-writable']],
    ['a chown to a user that does not exist', image(APT, APP, 'COPY . .', 'RUN chown appuser /app/uploads', 'USER 10001'), ['uploads-writable']],
    ['the apt-get install deleted instead of moved before USER', image(APP, 'COPY --chown=10001 . .', 'USER 10001'), ['root-steps-first']],
    ['pip install into the system after the switch', image(APT, 'RUN useradd -u 10001 appuser', 'WORKDIR /app', 'COPY --chown=appuser . .', 'USER appuser', 'RUN pip install --no-cache-dir -r requirements.txt'), ['root-steps-first']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['a system group and user with -u, USER name:group', image(APT, 'RUN groupadd -r app && useradd -r -g app -u 10001 app', APP, 'COPY --chown=app:app . .', 'USER app:app')],
    ['useradd -m (uid 1000), uploads chowned by number', image(APT, 'RUN useradd -m appuser', APP, 'COPY . .', 'RUN chown -R 1000:1000 /app/uploads', 'USER appuser')],
    ['only a uid, mkdir and chown by number', image(APT, APP, 'COPY . .', 'RUN mkdir -p /app/uploads && chown 10001:10001 /app/uploads', 'USER 10001')],
    ['adduser --system --group and a relative chown', image(APT, 'RUN adduser --system --group --no-create-home appuser', APP, 'COPY . .', 'RUN chown appuser:appuser uploads', 'USER appuser:appuser')],
  ],
  rejected: [
    ['chown after the switch', image(APT, 'RUN useradd -u 10001 appuser', APP, 'COPY . .', 'USER appuser', 'RUN chown appuser /app/uploads'), ['root-steps-first', 'uploads-writable']],
    ['USER 0', image(APT, APP, 'COPY . .', 'USER 0'), ['non-root-user', 'user-exists', 'uploads-writable']],
    ['uploads copied again by root after the --chown copy', image(APT, 'RUN useradd -u 10001 appuser', APP, 'COPY --chown=appuser . .', 'COPY uploads/ /app/uploads/', 'USER appuser'), ['uploads-writable']],
    ['back to root at the end', image(APT, 'RUN useradd -u 10001 appuser', APP, 'COPY --chown=appuser . .', 'USER appuser', 'USER root'), ['non-root-user', 'user-exists', 'uploads-writable']],
    ['usermod giving the user uid 0', image(APT, 'RUN useradd -u 10001 appuser && usermod -o -u 0 appuser', APP, 'COPY --chown=appuser . .', 'USER appuser'), ['non-root-user', 'user-exists', 'uploads-writable']],
  ],
};

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

  it('rejects a user that was never created (COPY --chown by that name fails too)', () => {
    const result = expectRejected(ID, image(APT, APP, 'COPY --chown=appuser . .', 'USER appuser'), ['user-exists', 'uploads-writable']);
    expect(result.requirements.find((r) => r.id === 'user-exists')?.message).toContain('unable to find user appuser');
  });

  it('rejects apt-get after the switch to the user', () => {
    expectRejected(ID, image('USER 10001', APT, APP, 'COPY --chown=10001 . .'), ['root-steps-first']);
  });

  it('rejects uploads left to root, or overwritten by a later COPY', () => {
    expectRejected(ID, image(APT, APP, 'COPY . .', 'USER 10001'), ['uploads-writable']);
    expectRejected(ID, image(APT, 'RUN useradd -r appuser', APP, 'RUN mkdir -p uploads && chown appuser uploads', 'COPY . .', 'USER appuser'), ['uploads-writable']);
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
