import { describe, expect, it } from 'vitest';
import { parseProbeYaml } from '../../../../src/features/sims/health/model/settings.ts';
import { CHALLENGES, gradeChallenge } from '../../../../src/features/sims/health/model/challenges.ts';

// Expected values are worked out by hand from the Docker and Kubernetes rules cited in model/healthcheck.ts and
// model/probes.ts (and their own tests), not read back from the code under test.

describe('graded challenges', () => {
  const byId = (id: string) => CHALLENGES.find((c) => c.id === id)!;
  const ok = (r: { ok: boolean }) => r as Extract<ReturnType<typeof parseProbeYaml>, { ok: true }>;

  it('Docker: the defaults miss the deadlock by far (unhealthy 150 s after it), a tuned HEALTHCHECK passes', () => {
    // Defaults: probes at 30 (fail, streak 1), 60 ok, 90 ok, 120 → timeout ends 150 (1), 180 → 210 (2), 240 → 270 (3).
    const challenge = byId('docker-slow-start-deadlock');
    const defaults = gradeChallenge(challenge, { docker: { interval: 30, timeout: 30, startPeriod: 0, startInterval: 5, retries: 3 } });
    expect(defaults.passed).toBe(false);
    expect(defaults.criteria.find((c) => c.id === 'unhealthySoon')).toEqual({ id: 'unhealthySoon', met: false, vars: { delay: '150' } });
    // Too eager: unhealthy at 30 s, during start-up.
    const eager = gradeChallenge(challenge, { docker: { interval: 10, timeout: 3, startPeriod: 0, startInterval: 5, retries: 3 } });
    expect(eager.criteria[0]).toEqual({ id: 'neverUnhealthyEarly', met: false, vars: { t: '30' } });
    const tuned = gradeChallenge(challenge, { docker: { interval: 10, timeout: 2, startPeriod: 60, startInterval: 5, retries: 3 } });
    expect(tuned).toEqual({
      passed: true,
      criteria: [
        { id: 'neverUnhealthyEarly', met: true },
        { id: 'healthyBeforeDeadlock', met: true },
        { id: 'unhealthySoon', met: true, vars: { delay: '26' } },
      ],
    });
  });

  it('Kubernetes: a short startup probe kills the slow starter; a generous one plus a quick liveness passes', () => {
    const challenge = byId('k8s-slow-start-deadlock');
    const short = ok(parseProbeYaml('startupProbe:\n  httpGet: {path: /health, port: 8080}\n  periodSeconds: 10\n  failureThreshold: 3\nlivenessProbe:\n  httpGet: {path: /health, port: 8080}\n'));
    const failed = gradeChallenge(challenge, { kubernetes: short.probes });
    expect(failed.passed).toBe(false);
    expect(failed.criteria[1]).toEqual({ id: 'notKilledStarting', met: false, vars: { t: '20', since: '20' } });
    // startup every 5 s up to 30 × 5 s: succeeds at 40. Liveness from 40 every 5 s, timeout 1, threshold 3:
    // probes at 120, 125, 130 time out → killed at 131: 11 s after the deadlock.
    const good = ok(parseProbeYaml('startupProbe:\n  httpGet: {path: /health, port: 8080}\n  periodSeconds: 5\n  failureThreshold: 30\nlivenessProbe:\n  httpGet: {path: /health, port: 8080}\n  periodSeconds: 5\n'));
    expect(gradeChallenge(challenge, { kubernetes: good.probes })).toEqual({
      passed: true,
      criteria: [
        { id: 'liveness', met: true },
        { id: 'notKilledStarting', met: true },
        { id: 'restartedSoon', met: true, vars: { delay: '11' } },
      ],
    });
    expect(gradeChallenge(challenge, { kubernetes: {} }).passed).toBe(false);
  });

  it('Kubernetes GC pauses: the default 1 s timeout with threshold 1 restarts; a 4 s timeout never does', () => {
    const challenge = byId('k8s-gc-pauses');
    // The app needs 5 s to start: a probe at 0 with threshold 1 kills it at once.
    expect(gradeChallenge(challenge, { kubernetes: { livenessProbe: { periodSeconds: 5, failureThreshold: 1, timeoutSeconds: 4 } } }).passed).toBe(false);
    // From 5 s, probes at 5, 10, 15, 20: the one at 20 meets a 3 s pause; with timeout 1 it fails → restart.
    const strict = gradeChallenge(challenge, { kubernetes: { livenessProbe: { initialDelaySeconds: 5, periodSeconds: 5, failureThreshold: 1 } } });
    expect(strict.criteria[1]).toMatchObject({ id: 'noRestarts', met: false });
    expect(gradeChallenge(challenge, { kubernetes: { livenessProbe: { initialDelaySeconds: 5, periodSeconds: 5, failureThreshold: 1, timeoutSeconds: 4 } } }).passed).toBe(true);
    // Or keep the 1 s timeout and allow 2 failures in a row: pauses are 15 s apart, probes 5 s apart.
    expect(gradeChallenge(challenge, { kubernetes: { livenessProbe: { initialDelaySeconds: 5, periodSeconds: 5, failureThreshold: 2 } } }).passed).toBe(true);
    expect(gradeChallenge(challenge, { kubernetes: {} }).criteria[0]).toEqual({ id: 'liveness', met: false });
  });
});
