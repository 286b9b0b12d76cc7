import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'healthcheck-timing';
const CHECK = `CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]`;
const image = (healthcheck: string) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n${healthcheck}\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]`;

const timed = (flags: string, check = CHECK) => image(`HEALTHCHECK ${flags} ${check}`);

const VARIANTS: AnswerTable = {
  accepted: [
    ['half a minute written as 0.5m', timed('--interval=10s --timeout=3s --start-period=0.5m --retries=3')],
    ['curl installed with apt first, in shell form', image(`RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD curl -fsS http://127.0.0.1:8000/health || exit 1`)],
    ['python3 and a timeout just under the interval', timed('--interval=10s --timeout=9999ms --start-period=25s --retries=2', `CMD ["python3", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/health', timeout=5)"]`)],
    ['the HEALTHCHECK in a stage built on a base stage', `FROM python:3.12-slim AS base\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n\nFROM base\nCOPY . .\nHEALTHCHECK --interval=30s --timeout=5s --start-period=1m --retries=3 ${CHECK}\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]`],
    ['a start interval and many retries', timed('--start-period=40s --start-interval=1s --interval=20s --timeout=4s --retries=10')],
  ],
  rejected: [
    ['--timeout=0s, which Docker replaces with 30s', timed('--interval=10s --timeout=0s --start-period=30s --retries=3'), ['options-set', 'timeout-below-interval']],
    ['--interval=0s, which Docker replaces with 30s', timed('--interval=0s --timeout=3s --start-period=30s --retries=3'), ['options-set']],
    ['--retries=0, which Docker replaces with 3', timed('--interval=10s --timeout=3s --start-period=30s --retries=0'), ['options-set', 'retries-at-least-one']],
    ['a start period without a unit', timed('--interval=10s --timeout=3s --start-period=20 --retries=3'), ['durations-valid', 'start-period-covers-startup']],
    ['an ARG in a flag, which HEALTHCHECK does not expand', `ARG HC_INTERVAL=10s\n${timed('--interval=$HC_INTERVAL --timeout=3s --start-period=30s --retries=3')}`, ['durations-valid', 'timeout-below-interval']],
    ['a fractional retries value', timed('--interval=10s --timeout=3s --start-period=30s --retries=1.5'), ['durations-valid', 'retries-at-least-one']],
    ['the whole python command in one JSON string', timed('--interval=10s --timeout=3s --start-period=30s --retries=3', `CMD ["python -c 'import urllib.request; urllib.request.urlopen(\\"http://127.0.0.1:8000/health\\")'"]`), ['check-runs']],
    ['wget, which python:3.12-slim does not have', timed('--interval=10s --timeout=3s --start-period=30s --retries=3', 'CMD wget -qO- http://127.0.0.1:8000/health || exit 1'), ['check-runs']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['shell form without || exit 1', timed('--interval=15s --timeout=5s --start-period=30s --retries=3', `CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"`)],
    ['minutes and a combined start period', timed('--start-period=1m30s --interval=1m --timeout=10s --retries=2')],
    ['python3 with an explicit exit status', timed('--interval=10s --timeout=2s --start-period=30s --retries=3', `CMD ["python3", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://localhost:8000/health').status == 200 else 1)"]`)],
    ['a lower-case keyword', image(`healthcheck --interval=10s --timeout=3s --start-period=30s --retries=3 ${CHECK}`)],
  ],
  rejected: [
    ['a short start period made up for with retries', timed('--interval=5s --timeout=2s --start-period=10s --retries=5'), ['start-period-covers-startup']],
    ['an interval without a unit', timed('--interval=10 --timeout=3s --start-period=30s --retries=3'), ['durations-valid', 'timeout-below-interval']],
    ['a timeout longer than the interval', timed('--interval=10s --timeout=15s --start-period=30s --retries=3'), ['timeout-below-interval']],
    ['negative retries', timed('--interval=10s --timeout=3s --start-period=30s --retries=-1'), ['durations-valid', 'retries-at-least-one']],
    ['curl by its full path in exec form', timed('--interval=10s --timeout=3s --start-period=30s --retries=3', 'CMD ["/usr/bin/curl", "-f", "http://127.0.0.1:8000/health"]'), ['check-runs']],
  ],
};

describe('healthcheck-timing', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    expectRejected(ID, definition(ID).starter, ['options-set', 'durations-valid', 'start-period-covers-startup', 'timeout-below-interval', 'retries-at-least-one']);
  });

  it.each([
    ['flags in another order, minutes and milliseconds', image(`HEALTHCHECK --retries=5 --start-period=1m --timeout=1500ms --interval=15s ${CHECK}`)],
    ['a start period of exactly 20s and combined units', image(`HEALTHCHECK --interval=1m30s --timeout=10s --start-period=20s --retries=1 ${CHECK}`)],
    ['shell form with the image python, across lines', image(`HEALTHCHECK --interval=10s \\\n  --timeout=2s \\\n  --start-period=45s \\\n  --retries=2 \\\n  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')" || exit 1`)],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects a start period shorter than the start-up', () => {
    const result = expectRejected(ID, image(`HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 ${CHECK}`), ['start-period-covers-startup']);
    expect(result.requirements.find((r) => r.id === 'start-period-covers-startup')?.message).toContain('15s');
  });

  it('rejects a timeout as long as the interval', () => {
    expectRejected(ID, image(`HEALTHCHECK --interval=10s --timeout=10s --start-period=30s --retries=3 ${CHECK}`), ['timeout-below-interval']);
  });

  it('rejects durations without units', () => {
    expectRejected(ID, image(`HEALTHCHECK --interval=10s --timeout=3 --start-period=30s --retries=3 ${CHECK}`), ['durations-valid', 'timeout-below-interval']);
  });

  it('rejects zero retries and missing flags', () => {
    expectRejected(ID, image(`HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=0 ${CHECK}`), ['options-set', 'retries-at-least-one']);
    expectRejected(ID, image(`HEALTHCHECK --interval=10s --timeout=3s --start-period=30s ${CHECK}`), ['options-set']);
  });

  it('rejects curl, which python:3.12-slim does not have', () => {
    expectRejected(ID, image('HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD curl -f http://127.0.0.1:8000/health || exit 1'), ['check-runs']);
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
