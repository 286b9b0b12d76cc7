import { describe, expect, it } from 'vitest';
import { APP_PRESETS, appAnswer, appEndpoints, simulateDockerTimeline, simulateKubernetesTimeline } from '../../src/scripts/sims/health/model.ts';
import { healthcheckLine, parseDockerFlags, parseProbeYaml } from '../../src/scripts/sims/health/settings.ts';
import { CHALLENGES, gradeChallenge } from '../../src/scripts/sims/health/challenges.ts';

// Expected values are worked out by hand from the Docker and Kubernetes rules cited in src/sims/health.ts and
// src/sims/probes.ts (and their own tests), not read back from the code under test.

const flags = (over: Partial<Record<'interval' | 'timeout' | 'startPeriod' | 'startInterval' | 'retries', string>> = {}) => ({
  interval: '30s', timeout: '30s', startPeriod: '0s', startInterval: '5s', retries: '3', ...over,
});

describe('app behaviours', () => {
  it('refuses connections while starting, then answers at once', () => {
    const app = APP_PRESETS['slow-start'];
    expect(appAnswer(app, '/health', 39.9)).toEqual({ ok: false, durationSeconds: 0 });
    expect(appAnswer(app, '/health', 40)).toEqual({ ok: true, durationSeconds: 0 });
  });

  it('never answers after a deadlock', () => {
    expect(appAnswer(APP_PRESETS.deadlock, '/health', 119)).toEqual({ ok: true, durationSeconds: 0 });
    expect(appAnswer(APP_PRESETS.deadlock, '/ready', 120)).toEqual({ ok: false, durationSeconds: Infinity });
  });

  it('holds a probe that arrives during a 3 s GC pause until the pause ends (pauses every 15 s after start-up at 5 s)', () => {
    const app = APP_PRESETS['gc-pauses'];
    expect(appAnswer(app, '/health', 19)).toEqual({ ok: true, durationSeconds: 0 }); // first pause at 5 + 15 = 20
    expect(appAnswer(app, '/health', 20)).toEqual({ ok: true, durationSeconds: 3 });
    expect(appAnswer(app, '/health', 21.5)).toEqual({ ok: true, durationSeconds: 1.5 });
    expect(appAnswer(app, '/health', 23)).toEqual({ ok: true, durationSeconds: 0 });
    expect(appAnswer(app, '/health', 36)).toEqual({ ok: true, durationSeconds: 2 });
  });

  it('answers 500 on /health and 503 on /ready when told to fail, once started', () => {
    const app = { startupSeconds: 1, deadlockAfterSeconds: null, gcPause: null, failHealth: true };
    expect(appAnswer(app, '/health', 2)).toEqual({ ok: false, durationSeconds: 0 });
    expect(appAnswer(app, '/ready', 2)).toEqual({ ok: true, durationSeconds: 0 });
  });
});

describe('Docker timeline', () => {
  it('turns health events into probe marks, forgiven start-period failures and status bands', () => {
    // start period 60 s, start interval 5 s: probes at 5..35 fail (forgiven), 40 ok → healthy at 40;
    // then every 10 s: 50 … 110 ok; 120 deadlock → timeout ends 122 (streak 1), 132 → 134 (2), 144 → 146 (3) unhealthy.
    const timeline = simulateDockerTimeline(
      { interval: 10, timeout: 2, startPeriod: 60, startInterval: 5, retries: 3 },
      (t) => appAnswer(APP_PRESETS['slow-start-deadlock'], '/health', t),
      160,
    );
    expect(timeline.probes.slice(0, 8).map((p) => [p.start, p.result, p.forgiven ?? false])).toEqual([
      [5, 'fail', true], [10, 'fail', true], [15, 'fail', true], [20, 'fail', true], [25, 'fail', true], [30, 'fail', true], [35, 'fail', true], [40, 'ok', false],
    ]);
    expect(timeline.bands.map((b) => [b.from, b.to, b.state])).toEqual([
      [0, 40, 'starting'],
      [40, 146, 'healthy'],
      [146, 160, 'unhealthy'],
    ]);
    expect(timeline.probes.filter((p) => p.result === 'timeout').map((p) => [p.start, p.end, p.streak])).toEqual([
      [120, 122, 1], [132, 134, 2], [144, 146, 3], [156, 158, 4],
    ]);
    expect(timeline.events.filter((e) => e.kind === 'status')).toEqual([
      { t: 40, kind: 'status', state: 'healthy' },
      { t: 146, kind: 'status', state: 'unhealthy' },
    ]);
  });
});

describe('Kubernetes timeline', () => {
  it('shows the kill of a slow starter by a too-short startup probe, and CrashLoopBackOff between runs', () => {
    // startup period 10, threshold 3: probes at 0, 10, 20 fail → killed at 20, restarted at once (first crash);
    // run 1: fails at 20, 30, 40 → killed at 40, back-off 10 s → run 2 at 50; killed at 70, back-off 20 → run 3 at 90.
    const timeline = simulateKubernetesTimeline(
      { startupProbe: { periodSeconds: 10, failureThreshold: 3 }, livenessProbe: {} },
      appEndpoints(APP_PRESETS['slow-start']),
      100,
    );
    expect(timeline.lanes).toEqual(['startup', 'liveness']);
    expect(timeline.events.filter((e) => e.kind === 'restart' || e.kind === 'back-off' || e.kind === 'started').map((e) => [e.t, e.kind])).toEqual([
      [0, 'started'], [20, 'restart'], [20, 'started'], [40, 'restart'], [40, 'back-off'], [50, 'started'], [70, 'restart'], [70, 'back-off'], [90, 'started'],
    ]);
    expect(timeline.bands.filter((b) => b.row === 'container').map((b) => [b.from, b.to, b.state, b.restartCount])).toEqual([
      [0, 20, 'running', 0], [20, 40, 'running', 1], [40, 50, 'back-off', 1], [50, 70, 'running', 2], [70, 90, 'back-off', 2], [90, 100, 'running', 3],
    ]);
    expect(timeline.bands.filter((b) => b.row === 'pod').map((b) => [b.from, b.to, b.state])).toEqual([[0, 100, 'not-ready']]);
  });

  it('marks the Pod Ready from readiness and NotReady while the app pauses past timeoutSeconds', () => {
    // readiness period 5, timeout 1, failureThreshold 1: Ready at 5 (probe at 0 refused; 5 ok);
    // GC pause at 20 → probe at 20 times out at 21 → NotReady; 25 ok → Ready.
    const timeline = simulateKubernetesTimeline({ readinessProbe: { periodSeconds: 5, failureThreshold: 1 } }, appEndpoints(APP_PRESETS['gc-pauses']), 30);
    expect(timeline.bands.map((b) => [b.row, b.from, b.to, b.state])).toEqual([
      ['pod', 0, 5, 'not-ready'], ['pod', 5, 21, 'ready'], ['pod', 21, 25, 'not-ready'], ['pod', 25, 30, 'ready'], ['container', 0, 30, 'running'],
    ]);
  });
});

describe('settings typed by the learner', () => {
  it('parses HEALTHCHECK flags as Go durations and says which flag is wrong', () => {
    expect(parseDockerFlags(flags({ interval: '1m30s', startPeriod: '500ms' }))).toEqual({
      ok: true,
      config: { interval: 90, timeout: 30, startPeriod: 0.5, startInterval: 5, retries: 3 },
    });
    const result = parseDockerFlags(flags({ interval: '30', timeout: '-1s', startInterval: '1ns', retries: 'x' }));
    expect(result).toEqual({
      ok: false,
      errors: {
        interval: { key: 'health.error.duration', vars: { flag: '--interval', value: '30' } },
        timeout: { key: 'health.error.negative', vars: { flag: '--timeout' } },
        startInterval: { key: 'health.error.tooShort', vars: { flag: '--start-interval' } },
        retries: { key: 'health.error.retries', vars: { flag: '--retries', value: 'x' } },
      },
    });
    expect(healthcheckLine(flags())).toBe('HEALTHCHECK --interval=30s --timeout=30s --start-period=0s --start-interval=5s --retries=3 \\\n  CMD ["/app", "-health"]');
  });

  it('reads probes from a snippet, a container or a containers list', () => {
    const snippet = 'livenessProbe:\n  httpGet: { path: /health, port: 8080 }\n  periodSeconds: 5\n';
    expect(parseProbeYaml(snippet)).toEqual({ ok: true, probes: { livenessProbe: { periodSeconds: 5 } } });
    expect(parseProbeYaml(`containers:\n  - name: app\n    image: app:1\n    ${snippet.replaceAll('\n', '\n    ').trimEnd()}\n`)).toEqual({
      ok: true,
      probes: { livenessProbe: { periodSeconds: 5 } },
    });
    expect(parseProbeYaml('')).toEqual({ ok: true, probes: {} });
  });

  it('rejects what the Pod API would, with the line', () => {
    expect(parseProbeYaml('livenessProbe:\n  httpGet: {path: /health, port: 8080}\n  periodSeconds: 0\n')).toEqual({
      ok: false,
      error: { key: 'health.error.minimum', vars: { probe: 'livenessProbe', field: 'periodSeconds', min: 1 }, line: 3 },
    });
    expect(parseProbeYaml('startupProbe:\n  exec: {command: [/app, -health]}\n  periodSecond: 5\n')).toMatchObject({
      ok: false, error: { key: 'health.error.unknownField', vars: { field: 'periodSecond' }, line: 3 },
    });
    expect(parseProbeYaml('readinessProbe:\n  periodSeconds: 5\n')).toMatchObject({ ok: false, error: { key: 'health.error.handler', line: 2 } });
    expect(parseProbeYaml('livenessProbe:\n  tcpSocket: {port: 8080}\n  successThreshold: 2\n')).toMatchObject({ ok: false, error: { key: 'health.error.successThreshold' } });
    expect(parseProbeYaml('livenessProbe:\n  tcpSocket: {port: 8080}\n  timeoutSeconds: 1.5\n')).toMatchObject({ ok: false, error: { key: 'health.error.integer' } });
    expect(parseProbeYaml('livenessProbe:\n  periodSeconds: [\n')).toMatchObject({ ok: false, error: { key: 'health.error.yaml' } });
  });
});

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
