// What the health timeline shows, computed from the two models beside it (pure: no DOM, no clock).
// An app behaviour answers each probe; the models decide when probes run and what the platform does;
// this module turns their events into lanes of probe marks, status bands and rows of an event table.

import { simulateDockerHealthcheck, resolveHealthcheckConfig, type HealthcheckConfig, type HealthEvent } from './healthcheck.ts';
import { simulateContainerProbes, type ContainerProbes, type ProbeKind, type ProbeSimulation, type AppEndpoint } from './probes.ts';
import type { ProbeOutcome } from './probe-outcome.ts';

export type Lane = 'healthcheck' | ProbeKind;
export type MarkResult = 'ok' | 'fail' | 'timeout';
export type ProbeMark = {
  lane: Lane;
  start: number;
  end: number;
  result: MarkResult;
  /** Docker: a failure inside the start period that does not count. */
  forgiven?: boolean;
  /** Docker: the failing streak after this probe. */
  streak?: number;
};
export type BandRow = 'health' | 'pod' | 'container';
export type BandState = 'starting' | 'healthy' | 'unhealthy' | 'ready' | 'not-ready' | 'running' | 'back-off';
export type Band = { row: BandRow; from: number; to: number; state: BandState; restartCount?: number; delaySeconds?: number };

export type TimelineEvent =
  | { t: number; kind: 'probe'; mark: ProbeMark }
  | { t: number; kind: 'status'; state: BandState }
  | { t: number; kind: 'restart'; reason: 'startup' | 'liveness'; restartCount: number }
  | { t: number; kind: 'back-off'; delaySeconds: number; until: number }
  | { t: number; kind: 'started'; restartCount: number };

export type Timeline = {
  mode: 'docker' | 'kubernetes';
  until: number;
  lanes: Lane[];
  bandRows: BandRow[];
  probes: ProbeMark[];
  bands: Band[];
  events: TimelineEvent[];
  restarts: number;
};

export function simulateDockerTimeline(config: Partial<HealthcheckConfig>, probe: (t: number) => ProbeOutcome, until: number): Timeline {
  const resolved = resolveHealthcheckConfig(config);
  return dockerTimeline(simulateDockerHealthcheck(resolved, probe, until), resolved, until);
}

export function dockerTimeline(events: HealthEvent[], config: HealthcheckConfig, until: number): Timeline {
  const probes: ProbeMark[] = [];
  const bands: Band[] = [];
  const timelineEvents: TimelineEvent[] = [];
  let state: BandState = 'starting';
  let from = 0;
  for (const event of events) {
    const forgiven = event.result !== 'ok' && event.status === 'starting' && event.t < config.startPeriod;
    const mark: ProbeMark = { lane: 'healthcheck', start: event.t, end: event.end, result: event.result, streak: event.failingStreak, ...(forgiven ? { forgiven } : {}) };
    probes.push(mark);
    timelineEvents.push({ t: event.t, kind: 'probe', mark });
    if (event.status !== state) {
      bands.push({ row: 'health', from, to: event.end, state });
      timelineEvents.push({ t: event.end, kind: 'status', state: event.status });
      state = event.status;
      from = event.end;
    }
  }
  if (from < until) bands.push({ row: 'health', from, to: until, state });
  return { mode: 'docker', until, lanes: ['healthcheck'], bandRows: ['health'], probes, bands, events: timelineEvents, restarts: 0 };
}

export function simulateKubernetesTimeline(probes: ContainerProbes, app: Partial<Record<ProbeKind, AppEndpoint>>, until: number): Timeline {
  return kubernetesTimeline(simulateContainerProbes({ ...probes, app }, until), probes, until);
}

export function kubernetesTimeline(sim: ProbeSimulation, probesConfig: ContainerProbes, until: number): Timeline {
  const lanes = (['startup', 'liveness', 'readiness'] as const).filter((kind) => probesConfig[`${kind}Probe`] !== undefined);
  const probes: ProbeMark[] = [];
  const bands: Band[] = [];
  const events: TimelineEvent[] = [];
  let ready = false;
  let readyFrom = 0;
  let container: { from: number; state: BandState; restartCount: number; delaySeconds?: number } | null = null;
  const closeContainer = (to: number) => {
    if (container && to > container.from) bands.push({ row: 'container', from: container.from, to, state: container.state, restartCount: container.restartCount, ...(container.delaySeconds ? { delaySeconds: container.delaySeconds } : {}) });
    container = null;
  };
  for (const event of sim.events) {
    switch (event.kind) {
      case 'started':
        closeContainer(event.t);
        container = { from: event.t, state: 'running', restartCount: event.restartCount };
        events.push({ t: event.t, kind: 'started', restartCount: event.restartCount });
        break;
      case 'probe': {
        const result: MarkResult = event.result === 'success' ? 'ok' : event.result === 'timeout' ? 'timeout' : 'fail';
        const mark: ProbeMark = { lane: event.probe, start: event.probeStartedAt, end: event.t, result };
        probes.push(mark);
        events.push({ t: event.probeStartedAt, kind: 'probe', mark });
        break;
      }
      case 'ready':
      case 'not-ready':
        if (event.t > readyFrom) bands.push({ row: 'pod', from: readyFrom, to: event.t, state: ready ? 'ready' : 'not-ready' });
        ready = event.kind === 'ready';
        readyFrom = event.t;
        events.push({ t: event.t, kind: 'status', state: ready ? 'ready' : 'not-ready' });
        break;
      case 'restart':
        closeContainer(event.t);
        events.push({ t: event.t, kind: 'restart', reason: event.reason, restartCount: event.restartCount });
        break;
      case 'back-off':
        container = { from: event.t, state: 'back-off', restartCount: event.restartCount, delaySeconds: event.delaySeconds };
        events.push({ t: event.t, kind: 'back-off', delaySeconds: event.delaySeconds, until: event.until });
        break;
    }
  }
  if (until > readyFrom) bands.push({ row: 'pod', from: readyFrom, to: until, state: ready ? 'ready' : 'not-ready' });
  closeContainer(until);
  // Probe events arrive in completion order; the table reads best in start order.
  events.sort((a, b) => a.t - b.t);
  return { mode: 'kubernetes', until, lanes, bandRows: ['pod', 'container'], probes, bands, events, restarts: sim.summary.restarts };
}
