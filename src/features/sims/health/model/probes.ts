// Kubernetes startup, liveness and readiness probes for one container with restartPolicy
// Always, following https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-probes
// and https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
//
// Modelled: per-probe initialDelaySeconds / periodSeconds / timeoutSeconds / failureThreshold /
// successThreshold; a probe that runs longer than its timeout is a failure; the startup probe
// disables the others until it succeeds, and their initial delays start from that moment;
// readiness starts as Failure, and with no readiness probe the container is Ready once started;
// startup or liveness failureThreshold → the kubelet kills the container, which restarts
// with CrashLoopBackOff (see crash-loop-backoff.ts).
// Simplified: probes run exactly on their period (no worker start jitter, no early readiness
// re-probes, no kubelet sync latency); a killed container stops at once (no grace period);
// the app only fails through its probes (it never exits on its own).

import { crashLoopRestart, NO_BACK_OFF } from './crash-loop-backoff.ts';
import type { ProbeOutcome } from './probe-outcome.ts';

export type ProbeKind = 'startup' | 'liveness' | 'readiness';
export const PROBE_KINDS: readonly ProbeKind[] = ['startup', 'liveness', 'readiness'];

export type ProbeSpec = {
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  failureThreshold: number;
  successThreshold: number;
};

/** Defaults and minimums from the "Configure Probes" section of the task page above. */
export const KUBERNETES_PROBE_DEFAULTS: ProbeSpec = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  failureThreshold: 3,
  successThreshold: 1,
};

/** The app's answer for a probe starting `sinceStartSeconds` after the container (re)started; must be pure. */
export type AppEndpoint = (sinceStartSeconds: number, restartCount: number) => ProbeOutcome;

/** The probes of one container, as in its Pod spec (unset fields take the defaults). */
export type ContainerProbes = {
  startupProbe?: Partial<ProbeSpec>;
  livenessProbe?: Partial<ProbeSpec>;
  readinessProbe?: Partial<ProbeSpec>;
};

export type ContainerProbesConfig = ContainerProbes & {
  /** One function when all probes share an endpoint (e.g. /health), or one per probe. */
  app: AppEndpoint | Partial<Record<ProbeKind, AppEndpoint>>;
};

export type ProbeResult = 'success' | 'failure' | 'timeout';

export type ProbeSimEvent =
  | { t: number; kind: 'started'; restartCount: number }
  | { t: number; kind: 'probe'; probe: ProbeKind; result: ProbeResult; probeStartedAt: number; restartCount: number }
  | { t: number; kind: 'ready' | 'not-ready'; restartCount: number }
  | { t: number; kind: 'restart'; reason: 'startup' | 'liveness'; restartCount: number }
  | { t: number; kind: 'back-off'; delaySeconds: number; until: number; restartCount: number };

export type ProbeSimSummary = {
  /** The container's restartCount at the end (a kill still waiting in back-off is not counted). */
  restarts: number;
  timeToFirstReady: number | null;
  totalNotReadySeconds: number;
};

export type ProbeSimulation = { events: ProbeSimEvent[]; summary: ProbeSimSummary };

/** Resolve defaults and enforce the API's validation rules (throws RangeError like a rejected Pod). */
export function resolveProbeSpec(kind: ProbeKind, spec: Partial<ProbeSpec>): ProbeSpec {
  const resolved = { ...KUBERNETES_PROBE_DEFAULTS, ...spec };
  const minimums: ProbeSpec = {
    initialDelaySeconds: 0,
    periodSeconds: 1,
    timeoutSeconds: 1,
    failureThreshold: 1,
    successThreshold: 1,
  };
  for (const key of Object.keys(minimums) as (keyof ProbeSpec)[]) {
    if (!Number.isFinite(resolved[key]) || resolved[key] < minimums[key]) {
      throw new RangeError(`${kind}Probe.${key} must be at least ${minimums[key]} (got ${resolved[key]})`);
    }
  }
  if (kind !== 'readiness' && resolved.successThreshold !== 1) {
    throw new RangeError(`${kind}Probe.successThreshold must be 1`);
  }
  return resolved;
}

type ProbeWorker = {
  kind: ProbeKind;
  spec: ProbeSpec;
  endpoint: AppEndpoint;
  nextStart: number | null;
  lastResult: 'success' | 'failure' | null;
  resultRun: number;
};

const MAX_PROBE_EVENTS = 200_000;

export function simulateContainerProbes(config: ContainerProbesConfig, untilSeconds: number): ProbeSimulation {
  const workers = buildWorkers(config);
  const events: ProbeSimEvent[] = [];
  let restartCount = 0;
  let containerStart = 0;
  let ready = false;
  let backOff = NO_BACK_OFF;

  const setReady = (t: number, value: boolean) => {
    if (ready === value) return;
    ready = value;
    events.push({ t, kind: value ? 'ready' : 'not-ready', restartCount });
  };
  const onStarted = (t: number) => {
    for (const worker of workers) {
      if (worker.kind !== 'startup') worker.nextStart = t + worker.spec.initialDelaySeconds;
    }
    if (!workers.some((w) => w.kind === 'readiness')) setReady(t, true);
  };
  const startContainer = (t: number) => {
    containerStart = t;
    events.push({ t, kind: 'started', restartCount });
    for (const worker of workers) {
      worker.nextStart = null;
      worker.lastResult = null;
      worker.resultRun = 0;
    }
    const startup = workers.find((w) => w.kind === 'startup');
    if (startup) startup.nextStart = t + startup.spec.initialDelaySeconds;
    else onStarted(t);
  };

  startContainer(0);
  while (events.length < MAX_PROBE_EVENTS) {
    const next = earliestCompletion(workers, containerStart, restartCount);
    if (!next || next.completedAt > untilSeconds) break;
    const { worker, startedAt, completedAt, result } = next;
    events.push({ t: completedAt, kind: 'probe', probe: worker.kind, result, probeStartedAt: startedAt, restartCount });

    const outcome = result === 'success' ? 'success' : 'failure';
    worker.resultRun = worker.lastResult === outcome ? worker.resultRun + 1 : 1;
    worker.lastResult = outcome;
    worker.nextStart = nextTick(startedAt, completedAt, worker.spec.periodSeconds);
    const thresholdReached =
      worker.resultRun >= (outcome === 'success' ? worker.spec.successThreshold : worker.spec.failureThreshold);
    if (!thresholdReached) continue;

    if (worker.kind === 'readiness') {
      setReady(completedAt, outcome === 'success');
    } else if (worker.kind === 'startup' && outcome === 'success') {
      worker.nextStart = null;
      onStarted(completedAt);
    } else if (outcome === 'failure') {
      setReady(completedAt, false);
      events.push({ t: completedAt, kind: 'restart', reason: worker.kind, restartCount });
      const restart = crashLoopRestart(backOff, completedAt);
      backOff = restart.next;
      const restartAt = completedAt + restart.delaySeconds;
      if (restart.delaySeconds > 0) {
        events.push({ t: completedAt, kind: 'back-off', delaySeconds: restart.delaySeconds, until: restartAt, restartCount });
      }
      if (restartAt > untilSeconds) {
        for (const w of workers) w.nextStart = null;
        break;
      }
      restartCount += 1;
      startContainer(restartAt);
    }
  }
  return { events, summary: summarize(events, untilSeconds) };
}

function buildWorkers(config: ContainerProbesConfig): ProbeWorker[] {
  const specs: Record<ProbeKind, Partial<ProbeSpec> | undefined> = {
    startup: config.startupProbe,
    liveness: config.livenessProbe,
    readiness: config.readinessProbe,
  };
  return PROBE_KINDS.filter((kind) => specs[kind] !== undefined).map((kind) => {
    const endpoint = typeof config.app === 'function' ? config.app : config.app[kind];
    if (!endpoint) throw new Error(`no app endpoint for the ${kind} probe`);
    return {
      kind,
      spec: resolveProbeSpec(kind, specs[kind] ?? {}),
      endpoint,
      nextStart: null,
      lastResult: null,
      resultRun: 0,
    };
  });
}

/** The probe whose result arrives first; ties go to startup, then liveness, then readiness. */
function earliestCompletion(workers: ProbeWorker[], containerStart: number, restartCount: number) {
  let best: { worker: ProbeWorker; startedAt: number; completedAt: number; result: ProbeResult } | null = null;
  for (const worker of workers) {
    if (worker.nextStart === null) continue;
    const startedAt = worker.nextStart;
    const outcome = worker.endpoint(startedAt - containerStart, restartCount);
    const timedOut = outcome.durationSeconds > worker.spec.timeoutSeconds;
    const completedAt = startedAt + (timedOut ? worker.spec.timeoutSeconds : Math.max(0, outcome.durationSeconds));
    const result: ProbeResult = timedOut ? 'timeout' : outcome.ok ? 'success' : 'failure';
    if (!best || completedAt < best.completedAt) best = { worker, startedAt, completedAt, result };
  }
  return best;
}

/** The worker's ticker drops ticks while a probe is still running (Go time.Ticker). */
function nextTick(startedAt: number, completedAt: number, period: number): number {
  const periods = Math.max(1, Math.ceil((completedAt - startedAt) / period));
  return startedAt + periods * period;
}

function summarize(events: ProbeSimEvent[], untilSeconds: number): ProbeSimSummary {
  let readySince: number | null = null;
  let readySeconds = 0;
  let timeToFirstReady: number | null = null;
  let restarts = 0;
  for (const event of events) {
    if (event.kind === 'started') restarts = event.restartCount;
    if (event.kind === 'ready') {
      readySince = event.t;
      timeToFirstReady ??= event.t;
    }
    if (event.kind === 'not-ready' && readySince !== null) {
      readySeconds += event.t - readySince;
      readySince = null;
    }
  }
  if (readySince !== null) readySeconds += untilSeconds - readySince;
  return { restarts, timeToFirstReady, totalNotReadySeconds: untilSeconds - readySeconds };
}
