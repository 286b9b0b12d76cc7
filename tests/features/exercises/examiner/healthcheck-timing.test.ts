// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

const head = `FROM python:3.13-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
`;
const probe = `["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]`;
const cmd = `CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`;

describe('examiner: healthcheck-timing', () => {
  answerTable('healthcheck-timing', {
    accepted: [
      ['the hinted values', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --start-interval=2s --retries=3 \\
  CMD ${probe}
${cmd}`],
      ['flags in another order, start period in minutes', `${head}HEALTHCHECK --retries=5 --start-period=1m --timeout=5s --interval=15s CMD ${probe}
${cmd}`],
      ['compound and sub-second durations', `${head}HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=45s --start-interval=1s --retries=2 CMD ${probe}
${cmd}`],
      ['python3 in exec form', `${head}HEALTHCHECK --interval=20s --timeout=4s --start-period=40s --retries=3 \\
  CMD ["python3", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3).status == 200 else 1)"]
${cmd}`],
      ['shell form (the slim image has /bin/sh)', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \\
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)" || exit 1
${cmd}`],
      ['a 25 s start period with one retry', `${head}HEALTHCHECK --interval=5s --timeout=2s --start-period=25s --retries=1 CMD ${probe}
${cmd}`],
    ],
    rejected: [
      ['start period shorter than the start-up', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 CMD ${probe}
${cmd}`, ['start-period-covers-startup']],
      ['timeout equal to the interval', `${head}HEALTHCHECK --interval=10s --timeout=10s --start-period=30s --retries=3 CMD ${probe}
${cmd}`, ['timeout-below-interval']],
      ['retries set to 0', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=0 CMD ${probe}
${cmd}`, ['options-set', 'retries-at-least-one']],
      ['interval left out', `${head}HEALTHCHECK --timeout=5s --start-period=30s --retries=3 CMD ${probe}
${cmd}`, ['options-set']],
      ['timeout longer than the default interval it did not set', `${head}HEALTHCHECK --timeout=45s --start-period=30s --retries=3 CMD ${probe}
${cmd}`, ['options-set', 'timeout-below-interval']],
      ['fractional retries', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=2.5 CMD ${probe}
${cmd}`, ['durations-valid', 'retries-at-least-one']],
      ['a start interval with no unit', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --start-interval=2 --retries=3 CMD ${probe}
${cmd}`, ['durations-valid']],
      ['curl, which the image does not have', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["curl", "-f", "http://127.0.0.1:8000/health"]
${cmd}`, ['check-runs']],
      ['wget in shell form', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD wget -qO- http://127.0.0.1:8000/health || exit 1
${cmd}`, ['check-runs']],
      ['start period 0s', `${head}HEALTHCHECK --interval=10s --timeout=3s --start-period=0s --retries=3 CMD ${probe}
${cmd}`, ['options-set', 'start-period-covers-startup']],
    ],
  });
});
