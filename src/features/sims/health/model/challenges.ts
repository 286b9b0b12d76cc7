// Graded mini-challenges: each one runs the learner's settings against a fixed app in the simulation
// and lists which requirements hold, with the numbers that prove it.

import { APP_PRESETS, appAnswer, appEndpoints, type AppPreset } from './app.ts';
import { simulateDockerTimeline, simulateKubernetesTimeline, type Timeline } from './timeline.ts';
import type { HealthcheckConfig } from './healthcheck.ts';
import type { ContainerProbes } from './probes.ts';

export type ChallengeMode = 'docker' | 'kubernetes';
export type Criterion = { id: string; met: boolean; vars?: Record<string, string | number> };
export type Challenge = {
  id: string;
  mode: ChallengeMode;
  app: AppPreset;
  until: number;
  grade(settings: { docker?: HealthcheckConfig; kubernetes?: ContainerProbes }): Criterion[];
};

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** Kubernetes, app starts in 40 s and deadlocks 2 min after each start: never killed while starting, restarted ≤ 30 s after a deadlock. */
const k8sDeadlock: Challenge = {
  id: 'k8s-slow-start-deadlock',
  mode: 'kubernetes',
  app: 'slow-start-deadlock',
  until: 600,
  grade({ kubernetes }): Criterion[] {
    const app = APP_PRESETS['slow-start-deadlock'];
    const timeline = simulateKubernetesTimeline(kubernetes ?? {}, appEndpoints(app), this.until);
    const starts = startsOf(timeline);
    const restarts = timeline.events.filter((e) => e.kind === 'restart');
    // A kill before the deadlock point of that run is a kill of a healthy (or still starting) app.
    const early = restarts.find((r) => r.t - runStartBefore(starts, r.t) < app.deadlockAfterSeconds);
    const firstDeadlock = app.deadlockAfterSeconds;
    const firstRestart = restarts[0];
    const restartDelay = firstRestart ? firstRestart.t - firstDeadlock : null;
    return [
      { id: 'liveness', met: kubernetes?.livenessProbe !== undefined },
      early
        ? { id: 'notKilledStarting', met: false, vars: { t: fmt(early.t), since: fmt(early.t - runStartBefore(starts, early.t)) } }
        : { id: 'notKilledStarting', met: true },
      restartDelay === null
        ? { id: 'restartedSoon', met: false, vars: { delay: '—' } }
        : { id: 'restartedSoon', met: !early && restartDelay <= 30, vars: { delay: fmt(restartDelay) } },
    ];
  },
};

/** Docker, same app: unhealthy within 1 min of the deadlock, never unhealthy before it. */
const dockerDeadlock: Challenge = {
  id: 'docker-slow-start-deadlock',
  mode: 'docker',
  app: 'slow-start-deadlock',
  until: 300,
  grade({ docker }): Criterion[] {
    const app = APP_PRESETS['slow-start-deadlock'];
    const timeline = simulateDockerTimeline(docker ?? {}, (t) => appAnswer(app, '/health', t), this.until);
    const unhealthy = timeline.events.filter((e) => e.kind === 'status' && e.state === 'unhealthy');
    const before = unhealthy.find((e) => e.t < app.deadlockAfterSeconds);
    const after = unhealthy.find((e) => e.t >= app.deadlockAfterSeconds);
    const healthy = timeline.events.find((e) => e.kind === 'status' && e.state === 'healthy');
    return [
      before ? { id: 'neverUnhealthyEarly', met: false, vars: { t: fmt(before.t) } } : { id: 'neverUnhealthyEarly', met: true },
      { id: 'healthyBeforeDeadlock', met: !!healthy && healthy.t < app.deadlockAfterSeconds },
      after
        ? { id: 'unhealthySoon', met: after.t - app.deadlockAfterSeconds <= 60, vars: { delay: fmt(after.t - app.deadlockAfterSeconds) } }
        : { id: 'unhealthySoon', met: false, vars: { delay: '—' } },
    ];
  },
};

/** Kubernetes, 3 s GC pauses every 15 s: keep a liveness probe but never restart the app over 10 minutes. */
const k8sGcPauses: Challenge = {
  id: 'k8s-gc-pauses',
  mode: 'kubernetes',
  app: 'gc-pauses',
  until: 600,
  grade({ kubernetes }): Criterion[] {
    const timeline = simulateKubernetesTimeline(kubernetes ?? {}, appEndpoints(APP_PRESETS['gc-pauses']), this.until);
    const liveness = timeline.probes.filter((p) => p.lane === 'liveness');
    return [
      { id: 'liveness', met: kubernetes?.livenessProbe !== undefined && liveness.length > 0 },
      { id: 'noRestarts', met: timeline.restarts === 0 && !timeline.events.some((e) => e.kind === 'restart'), vars: { restarts: timeline.events.filter((e) => e.kind === 'restart').length } },
    ];
  },
};

export const CHALLENGES: Challenge[] = [dockerDeadlock, k8sDeadlock, k8sGcPauses];

export function gradeChallenge(challenge: Challenge, settings: Parameters<Challenge['grade']>[0]): { passed: boolean; criteria: Criterion[] } {
  const criteria = challenge.grade(settings);
  return { passed: criteria.every((c) => c.met), criteria };
}

const startsOf = (timeline: Timeline) => timeline.events.filter((e) => e.kind === 'started').map((e) => e.t);
// A restart with no back-off starts the next run at the same instant: that run is not the one killed.
const runStartBefore = (starts: number[], t: number) => starts.filter((s) => s < t).at(-1) ?? 0;
