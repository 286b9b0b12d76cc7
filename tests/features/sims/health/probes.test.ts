import { describe, expect, it } from 'vitest';
import { crashLoopRestart, NO_BACK_OFF } from '../../../../src/features/sims/health/model/crash-loop-backoff.ts';
import {
  KUBERNETES_PROBE_DEFAULTS,
  resolveProbeSpec,
  simulateContainerProbes,
  type ProbeSimEvent,
} from '../../../../src/features/sims/health/model/probes.ts';

// Sources: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/ (#container-probes,
// #container-restarts, #restart-policy) and
// https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
// Expected timelines below are derived by hand from those rules.

const pick = (events: ProbeSimEvent[], kinds: ProbeSimEvent['kind'][]) =>
  events.filter((e) => kinds.includes(e.kind)).map((e) => [e.t, e.kind, e.restartCount]);

const readyAfter = (seconds: number) => (sinceStart: number) => ({ ok: sinceStart >= seconds, durationSeconds: 0 });

describe('Kubernetes probes (kubernetes.io pod-lifecycle, configure-liveness-readiness-startup-probes)', () => {
  it('uses the documented defaults: initialDelay 0, period 10, timeout 1, failureThreshold 3, successThreshold 1', () => {
    expect(KUBERNETES_PROBE_DEFAULTS).toEqual({
      initialDelaySeconds: 0,
      periodSeconds: 10,
      timeoutSeconds: 1,
      failureThreshold: 3,
      successThreshold: 1,
    });
    expect(() => resolveProbeSpec('liveness', { successThreshold: 2 })).toThrow(/must be 1/);
    expect(() => resolveProbeSpec('startup', { successThreshold: 2 })).toThrow(/must be 1/);
    expect(resolveProbeSpec('readiness', { successThreshold: 2 }).successThreshold).toBe(2);
    expect(() => resolveProbeSpec('readiness', { periodSeconds: 0 })).toThrow(RangeError);
  });

  it('holds liveness and readiness back until the startup probe succeeds (slow starter ready at 42 s)', () => {
    // Startup probes at 0..40 fail, 50 succeeds. Liveness/readiness delays start at 50:
    // both probe at 50 (readiness success → Ready at 50), then every 10 s / 5 s.
    const sim = simulateContainerProbes(
      {
        startupProbe: { periodSeconds: 10, failureThreshold: 30 },
        livenessProbe: { periodSeconds: 10 },
        readinessProbe: { periodSeconds: 5 },
        app: readyAfter(42),
      },
      70,
    );
    const probes = sim.events.filter((e) => e.kind === 'probe').map((e) => (e.kind === 'probe' ? [e.t, e.probe, e.result] : []));
    expect(probes).toEqual([
      [0, 'startup', 'failure'],
      [10, 'startup', 'failure'],
      [20, 'startup', 'failure'],
      [30, 'startup', 'failure'],
      [40, 'startup', 'failure'],
      [50, 'startup', 'success'],
      [50, 'liveness', 'success'],
      [50, 'readiness', 'success'],
      [55, 'readiness', 'success'],
      [60, 'liveness', 'success'],
      [60, 'readiness', 'success'],
      [65, 'readiness', 'success'],
      [70, 'liveness', 'success'],
      [70, 'readiness', 'success'],
    ]);
    expect(pick(sim.events, ['started', 'ready', 'not-ready', 'restart'])).toEqual([
      [0, 'started', 0],
      [50, 'ready', 0],
    ]);
    expect(sim.summary).toEqual({ restarts: 0, timeToFirstReady: 50, totalNotReadySeconds: 50 });
  });

  it('without a startup probe, liveness kills the same slow starter forever with CrashLoopBackOff 10s, 20s, 40s … 300s', () => {
    // Each container fails liveness at +0, +10, +20 → killed 20 s after it started.
    // Kill at 20: first crash, immediate restart. Later kills wait 10, 20, 40, 80, 160, 300, 300 …
    const sim = simulateContainerProbes({ livenessProbe: { periodSeconds: 10 }, app: readyAfter(42) }, 1100);
    const restarts = sim.events.filter((e) => e.kind === 'restart').map((e) => e.t);
    expect(restarts).toEqual([20, 40, 70, 110, 170, 270, 450, 770, 1090]);
    const backOffs = sim.events.flatMap((e) => (e.kind === 'back-off' ? [[e.t, e.delaySeconds, e.until]] : []));
    expect(backOffs).toEqual([
      [40, 10, 50],
      [70, 20, 90],
      [110, 40, 150],
      [170, 80, 250],
      [270, 160, 430],
      [450, 300, 750],
      [770, 300, 1070],
      [1090, 300, 1390],
    ]);
    const starts = sim.events.filter((e) => e.kind === 'started').map((e) => [e.t, e.restartCount]);
    expect(starts).toEqual([
      [0, 0],
      [20, 1],
      [50, 2],
      [90, 3],
      [150, 4],
      [250, 5],
      [430, 6],
      [750, 7],
      [1070, 8],
    ]);
    // No readiness probe: Ready whenever the container runs (pod-lifecycle: default state Success).
    expect(sim.summary.restarts).toBe(8);
    expect(sim.summary.timeToFirstReady).toBe(0);
  });

  it('resets the back-off when the container ran 10 minutes between restarts (client-go flowcontrol hasExpired: > 2 × 300 s)', () => {
    // App hangs (probe takes 5 s > timeout 1 s) from 700 s after each start. Failing probes start
    // at +700, +710, +720 and time out 1 s later → kill at +721. 721 s since the last restart > 600 s,
    // so every restart is immediate and no back-off is ever applied.
    const hangsAfter = (seconds: number) => (sinceStart: number) =>
      sinceStart >= seconds ? { ok: false, durationSeconds: 5 } : { ok: true, durationSeconds: 0 };
    const slow = simulateContainerProbes({ livenessProbe: { periodSeconds: 10 }, app: hangsAfter(700) }, 1500);
    expect(pick(slow.events, ['restart', 'back-off', 'started'])).toEqual([
      [0, 'started', 0],
      [721, 'restart', 0],
      [721, 'started', 1],
      [1442, 'restart', 1],
      [1442, 'started', 2],
    ]);
    // Hanging after 300 s instead: kill at 321 (immediate), kill at 642 — only 321 s after the
    // restart, so the 10 s back-off applies and the container starts again at 652.
    const fast = simulateContainerProbes({ livenessProbe: { periodSeconds: 10 }, app: hangsAfter(300) }, 660);
    expect(pick(fast.events, ['restart', 'back-off', 'started'])).toEqual([
      [0, 'started', 0],
      [321, 'restart', 0],
      [321, 'started', 1],
      [642, 'restart', 1],
      [642, 'back-off', 1],
      [652, 'started', 2],
    ]);
    const timeouts = fast.events.filter((e) => e.kind === 'probe' && e.result === 'timeout').map((e) => e.t);
    expect(timeouts).toEqual([301, 311, 321, 622, 632, 642]);
  });

  it('needs successThreshold successes to become Ready and failureThreshold failures to leave the Service endpoints', () => {
    // readiness period 5, failureThreshold 2, successThreshold 2; /ready fails for 20 ≤ t < 40.
    // 0 ok, 5 ok → Ready at 5; 20 fail, 25 fail → NotReady at 25; 40 ok, 45 ok → Ready at 45.
    const sim = simulateContainerProbes(
      {
        readinessProbe: { periodSeconds: 5, failureThreshold: 2, successThreshold: 2 },
        app: { readiness: (s) => ({ ok: s < 20 || s >= 40, durationSeconds: 0 }) },
      },
      60,
    );
    expect(pick(sim.events, ['ready', 'not-ready'])).toEqual([
      [5, 'ready', 0],
      [25, 'not-ready', 0],
      [45, 'ready', 0],
    ]);
    expect(sim.summary).toEqual({ restarts: 0, timeToFirstReady: 5, totalNotReadySeconds: 25 });
  });

  it('restarts a container whose startup probe reaches failureThreshold', () => {
    // period 5, failureThreshold 3, never ok: kills at 10 (immediate restart), 20 (back-off 10 → 30),
    // 40 (back-off 20 → 60).
    const sim = simulateContainerProbes(
      { startupProbe: { periodSeconds: 5, failureThreshold: 3 }, readinessProbe: {}, app: () => ({ ok: false, durationSeconds: 0 }) },
      60,
    );
    expect(pick(sim.events, ['restart', 'back-off', 'started', 'ready'])).toEqual([
      [0, 'started', 0],
      [10, 'restart', 0],
      [10, 'started', 1],
      [20, 'restart', 1],
      [20, 'back-off', 1],
      [30, 'started', 2],
      [40, 'restart', 2],
      [40, 'back-off', 2],
      [60, 'started', 3],
    ]);
    expect(sim.events.filter((e) => e.kind === 'probe' && e.probe === 'readiness')).toEqual([]);
    expect(sim.summary).toEqual({ restarts: 3, timeToFirstReady: null, totalNotReadySeconds: 60 });
  });

  it('computes back-off like the kubelet: immediate, then 10 s doubling to the 300 s cap', () => {
    let state = NO_BACK_OFF;
    const delays: number[] = [];
    let t = 0;
    for (let i = 0; i < 8; i += 1) {
      const restart = crashLoopRestart(state, t);
      delays.push(restart.delaySeconds);
      state = restart.next;
      t += restart.delaySeconds + 1; // crashes again one second after each start
    }
    expect(delays).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
  });
});
