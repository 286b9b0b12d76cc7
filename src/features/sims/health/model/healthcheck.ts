// Docker HEALTHCHECK, as the daemon runs it (moby daemon/health.go: monitor, getInterval,
// handleProbeResult), including the fix of moby PR #52317 that caps the start interval by
// what is left of the start period. https://docs.docker.com/reference/dockerfile/#healthcheck
// Times are seconds since the container started; the model has no exec start-up latency.

import type { ProbeOutcome } from './probe-outcome.ts';

export { parseGoDurationSeconds as parseHealthcheckDuration } from './go-duration.ts';

export type HealthcheckConfig = {
  interval: number;
  timeout: number;
  startPeriod: number;
  startInterval: number;
  retries: number;
};

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';
export type HealthProbeResult = 'ok' | 'fail' | 'timeout';

export type HealthEvent = {
  /** When the probe started. */
  t: number;
  /** When the probe finished (or was killed at t + timeout). */
  end: number;
  result: HealthProbeResult;
  status: HealthStatus;
  failingStreak: number;
};

/** Defaults from the Dockerfile reference and the constants at the top of daemon/health.go. */
export const DOCKER_HEALTHCHECK_DEFAULTS: HealthcheckConfig = {
  interval: 30,
  timeout: 30,
  startPeriod: 0,
  startInterval: 5,
  retries: 3,
};

/** Docker's API refuses durations below 1 ms (moby daemon/container.go validateHealthCheck). */
export const MINIMUM_DURATION_SECONDS = 0.001;

/** A safety net for callers that simulate very long spans with tiny intervals. */
export const MAX_HEALTH_PROBES = 100_000;

/**
 * The configuration the daemon really uses: 0 means "use the default" (timeoutWithDefault),
 * retries <= 0 means 3 (handleProbeResult). Durations that Docker would reject at
 * container creation (negative, or between 0 and 1 ms) throw a RangeError, which is also
 * what keeps the simulation from looping forever.
 */
export function resolveHealthcheckConfig(config: Partial<HealthcheckConfig>): HealthcheckConfig {
  const resolved = { ...DOCKER_HEALTHCHECK_DEFAULTS };
  for (const key of ['interval', 'timeout', 'startPeriod', 'startInterval'] as const) {
    const value = config[key];
    if (value === undefined || value === 0) continue;
    if (!Number.isFinite(value) || value < MINIMUM_DURATION_SECONDS) {
      throw new RangeError(`${key} in Healthcheck cannot be less than 1ms (got ${value}s)`);
    }
    resolved[key] = value;
  }
  const retries = config.retries ?? DOCKER_HEALTHCHECK_DEFAULTS.retries;
  resolved.retries = retries <= 0 ? DOCKER_HEALTHCHECK_DEFAULTS.retries : retries;
  return resolved;
}

/** The wait before the next probe, computed at `now` (0, then the end of each probe). */
export function nextHealthcheckWait(config: HealthcheckConfig, now: number, status: HealthStatus): number {
  if (now >= config.startPeriod) return config.interval;
  if (status === 'starting') return Math.min(config.startInterval, config.startPeriod - now);
  return config.interval;
}

export function simulateDockerHealthcheck(
  config: Partial<HealthcheckConfig>,
  probe: (t: number) => ProbeOutcome,
  untilSeconds: number,
): HealthEvent[] {
  const resolved = resolveHealthcheckConfig(config);
  const events: HealthEvent[] = [];
  let status: HealthStatus = 'starting';
  let failingStreak = 0;
  let now = 0;

  while (events.length < MAX_HEALTH_PROBES) {
    const t = now + nextHealthcheckWait(resolved, now, status);
    if (t > untilSeconds) break;
    const outcome = probe(t);
    const duration = Math.max(0, outcome.durationSeconds);
    const timedOut = duration > resolved.timeout;
    const result: HealthProbeResult = timedOut ? 'timeout' : outcome.ok ? 'ok' : 'fail';
    const end = t + (timedOut ? resolved.timeout : duration);

    if (result === 'ok') {
      failingStreak = 0;
      status = 'healthy';
    } else {
      // A failure that started inside the start period does not count while still starting.
      const forgiven = status === 'starting' && t < resolved.startPeriod;
      if (!forgiven) {
        failingStreak += 1;
        if (failingStreak >= resolved.retries) status = 'unhealthy';
      }
    }
    events.push({ t, end, result, status, failingStreak });
    now = end;
  }
  return events;
}
