// How the simulated app answers its probes (pure: no DOM, no clock). A behaviour is measured from the moment the
// process (re)starts, so a restart in the Kubernetes model starts it afresh.

import type { AppEndpoint, ProbeKind } from './probes.ts';
import type { ProbeOutcome } from './probe-outcome.ts';

export type AppBehaviour = {
  /** Until then nothing listens: probes fail at once (connection refused). */
  startupSeconds: number;
  /** From then on the app never answers (probes time out); null: never. */
  deadlockAfterSeconds: number | null;
  /** Stop-the-world pauses after start-up: every `everySeconds` the app freezes for `pauseSeconds`. */
  gcPause: { everySeconds: number; pauseSeconds: number } | null;
  /** /health answers 500 once started. */
  failHealth?: boolean;
  /** /ready answers 503 once started. */
  failReady?: boolean;
};

export const APP_PRESETS = {
  healthy: { startupSeconds: 2, deadlockAfterSeconds: null, gcPause: null },
  'slow-start': { startupSeconds: 40, deadlockAfterSeconds: null, gcPause: null },
  deadlock: { startupSeconds: 5, deadlockAfterSeconds: 120, gcPause: null },
  'slow-start-deadlock': { startupSeconds: 40, deadlockAfterSeconds: 120, gcPause: null },
  'gc-pauses': { startupSeconds: 5, deadlockAfterSeconds: null, gcPause: { everySeconds: 15, pauseSeconds: 3 } },
} as const satisfies Record<string, AppBehaviour>;
export type AppPreset = keyof typeof APP_PRESETS;
export const APP_PRESET_IDS = Object.keys(APP_PRESETS) as AppPreset[];

export type Endpoint = '/health' | '/ready';

/** Which endpoint each kind of check calls: liveness and startup /health, readiness /ready, as in the lesson. */
export const CHECK_ENDPOINT: Record<'healthcheck' | ProbeKind, Endpoint> = { healthcheck: '/health', startup: '/health', liveness: '/health', readiness: '/ready' };

/** The app's answer to a probe of `endpoint` that starts `sinceStart` seconds after the process started. */
export function appAnswer(app: AppBehaviour, endpoint: Endpoint, sinceStart: number): ProbeOutcome {
  if (sinceStart < app.startupSeconds) return { ok: false, durationSeconds: 0 };
  if (app.deadlockAfterSeconds !== null && sinceStart >= app.deadlockAfterSeconds) return { ok: false, durationSeconds: Infinity };
  const ok = endpoint === '/health' ? !app.failHealth : !app.failReady;
  if (app.gcPause) {
    const { everySeconds, pauseSeconds } = app.gcPause;
    const sinceFirst = sinceStart - app.startupSeconds;
    const intoCycle = sinceFirst - Math.floor(sinceFirst / everySeconds) * everySeconds;
    // The first pause comes one full cycle after start-up; a probe that arrives mid-pause waits for its end.
    if (sinceFirst >= everySeconds && intoCycle < pauseSeconds) {
      // A pause that also crosses the deadlock point never ends.
      const resumesAt = sinceStart + (pauseSeconds - intoCycle);
      if (app.deadlockAfterSeconds !== null && resumesAt >= app.deadlockAfterSeconds) return { ok: false, durationSeconds: Infinity };
      return { ok, durationSeconds: toMilliseconds(pauseSeconds - intoCycle) };
    }
  }
  return { ok, durationSeconds: 0 };
}

/** Endpoints for the probes from one app behaviour. */
export function appEndpoints(app: AppBehaviour): Record<ProbeKind, AppEndpoint> {
  const at = (endpoint: Endpoint): AppEndpoint => (sinceStart) => appAnswer(app, endpoint, sinceStart);
  return { startup: at('/health'), liveness: at('/health'), readiness: at('/ready') };
}

const toMilliseconds = (seconds: number) => Math.round(seconds * 1000) / 1000;
