import { describe, expect, it } from 'vitest';
import { APP_PRESETS, appAnswer, appEndpoints } from '../../../../src/features/sims/health/model/app.ts';
import { simulateDockerTimeline, simulateKubernetesTimeline } from '../../../../src/features/sims/health/model/timeline.ts';

// Expected values are worked out by hand from the Docker and Kubernetes rules cited in model/healthcheck.ts and
// model/probes.ts (and their own tests), not read back from the code under test.

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
