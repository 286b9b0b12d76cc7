import { describe, expect, it } from 'vitest';
import { definition, expectAccepted, expectRejected } from './grading.ts';

const ID = 'healthcheck-timing';
const CHECK = `CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]`;
const image = (healthcheck: string) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n${healthcheck}\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]`;

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
    expectRejected(ID, image(`HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=0 ${CHECK}`), ['retries-at-least-one']);
    expectRejected(ID, image(`HEALTHCHECK --interval=10s --timeout=3s --start-period=30s ${CHECK}`), ['options-set']);
  });

  it('rejects curl, which python:3.12-slim does not have', () => {
    expectRejected(ID, image('HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD curl -f http://127.0.0.1:8000/health || exit 1'), ['check-runs']);
  });
});
