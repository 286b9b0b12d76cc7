import { describe, expect, it } from 'vitest';
import {
  DOCKER_HEALTHCHECK_DEFAULTS,
  parseHealthcheckDuration,
  resolveHealthcheckConfig,
  simulateDockerHealthcheck,
  type HealthEvent,
} from '../../../../src/features/sims/health/model/healthcheck.ts';

// Expected timelines are worked out by hand from the rules in
// https://docs.docker.com/reference/dockerfile/#healthcheck and moby daemon/health.go
// (getInterval with the PR #52317 cap, handleProbeResult), not read back from the model.

const brief = (events: HealthEvent[]) => events.map((e) => [e.t, e.result, e.status, e.failingStreak]);

describe('Docker HEALTHCHECK (docs.docker.com/reference/dockerfile/#healthcheck, moby daemon/health.go)', () => {
  it('exports the documented defaults: interval 30s, timeout 30s, start period 0s, start interval 5s, retries 3', () => {
    expect(DOCKER_HEALTHCHECK_DEFAULTS).toEqual({
      interval: 30,
      timeout: 30,
      startPeriod: 0,
      startInterval: 5,
      retries: 3,
    });
  });

  it('probes every start-interval during the start period, then every interval once healthy (app ready at 22 s)', () => {
    // 0 < 40 and starting: wait min(5, 40-now) → probes at 5, 10, 15, 20 fail (forgiven: inside
    // the start period), 25 succeeds → healthy; from then on wait the interval (30 s).
    const events = simulateDockerHealthcheck(
      { interval: 30, startPeriod: 40, startInterval: 5 },
      (t) => ({ ok: t >= 22, durationSeconds: 0 }),
      120,
    );
    expect(brief(events)).toEqual([
      [5, 'fail', 'starting', 0],
      [10, 'fail', 'starting', 0],
      [15, 'fail', 'starting', 0],
      [20, 'fail', 'starting', 0],
      [25, 'ok', 'healthy', 0],
      [55, 'ok', 'healthy', 0],
      [85, 'ok', 'healthy', 0],
      [115, 'ok', 'healthy', 0],
    ]);
  });

  it('marks a deadlocked app unhealthy after `retries` timeouts, each probe killed at t + timeout', () => {
    // Healthy at 25 (as above), then 55, 85, 115. The app hangs from 120 s: the probe at 145
    // is killed at 155 (timeout 10), the next waits 30 s from there: 185 (ends 195), 225 → streak 3.
    const events = simulateDockerHealthcheck(
      { interval: 30, timeout: 10, startPeriod: 40, startInterval: 5, retries: 3 },
      (t) => (t >= 120 ? { ok: false, durationSeconds: Infinity } : { ok: t >= 22, durationSeconds: 0 }),
      300,
    );
    expect(brief(events.slice(7))).toEqual([
      [115, 'ok', 'healthy', 0],
      [145, 'timeout', 'healthy', 1],
      [185, 'timeout', 'healthy', 2],
      [225, 'timeout', 'unhealthy', 3],
      [265, 'timeout', 'unhealthy', 4],
    ]);
    expect(events.slice(8).map((e) => e.end)).toEqual([155, 195, 235, 275]);
  });

  it('turns 3 s GC pauses into timeouts when timeout is 2 s, and recovers on the next success', () => {
    // start period 0 → first wait is the interval (10). Normal probe 0.5 s; probes starting in
    // [30, 60) hit a 3 s pause → timeout, ending at t + 2. Next start = previous end + 10.
    const events = simulateDockerHealthcheck(
      { interval: 10, timeout: 2, retries: 3 },
      (t) => ({ ok: true, durationSeconds: t >= 30 && t < 60 ? 3 : 0.5 }),
      80,
    );
    expect(brief(events)).toEqual([
      [10, 'ok', 'healthy', 0],
      [20.5, 'ok', 'healthy', 0],
      [31, 'timeout', 'healthy', 1],
      [43, 'timeout', 'healthy', 2],
      [55, 'timeout', 'unhealthy', 3],
      [67, 'ok', 'healthy', 0],
      [77.5, 'ok', 'healthy', 0],
    ]);
  });

  it('treats retries 0 as 3 (handleProbeResult: retries <= 0 → defaultProbeRetries)', () => {
    const events = simulateDockerHealthcheck({ interval: 5, retries: 0 }, () => ({ ok: false, durationSeconds: 0 }), 15);
    expect(brief(events)).toEqual([
      [5, 'fail', 'starting', 1],
      [10, 'fail', 'starting', 2],
      [15, 'fail', 'unhealthy', 3],
    ]);
  });

  it('caps the start interval by the rest of the start period (moby issue #46747, PR #52317)', () => {
    // StartPeriod 2s, StartInterval 30s, Interval 2s, Retries 1, always failing: the first probe
    // runs at min(30, 2) = 2 s; it started at the end of the start period, so it counts.
    const events = simulateDockerHealthcheck(
      { startPeriod: 2, startInterval: 30, interval: 2, retries: 1 },
      () => ({ ok: false, durationSeconds: 0 }),
      4,
    );
    expect(brief(events)).toEqual([
      [2, 'fail', 'unhealthy', 1],
      [4, 'fail', 'unhealthy', 2],
    ]);
  });

  it('shortens the last start-period wait so a probe runs exactly when the start period ends', () => {
    // 5, 10, then min(5, 12-10) = 2 → 12 (not forgiven: 12 < 12 is false), then interval 30.
    const events = simulateDockerHealthcheck(
      { startPeriod: 12, startInterval: 5, interval: 30 },
      () => ({ ok: false, durationSeconds: 0 }),
      80,
    );
    expect(brief(events)).toEqual([
      [5, 'fail', 'starting', 0],
      [10, 'fail', 'starting', 0],
      [12, 'fail', 'starting', 1],
      [42, 'fail', 'starting', 2],
      [72, 'fail', 'unhealthy', 3],
    ]);
  });

  it('counts failures inside the start period once a probe has succeeded (docs: "all consecutive failures will be counted")', () => {
    // ok at 5 → healthy; status is no longer starting, so the wait is the interval (10).
    const events = simulateDockerHealthcheck(
      { startPeriod: 60, startInterval: 5, interval: 10 },
      (t) => ({ ok: t < 10, durationSeconds: 0 }),
      35,
    );
    expect(brief(events)).toEqual([
      [5, 'ok', 'healthy', 0],
      [15, 'fail', 'healthy', 1],
      [25, 'fail', 'healthy', 2],
      [35, 'fail', 'unhealthy', 3],
    ]);
  });

  it('uses the defaults for zero durations and rejects durations Docker refuses (< 1ms, moby validateHealthCheck)', () => {
    expect(resolveHealthcheckConfig({ interval: 0, timeout: 0 })).toEqual(DOCKER_HEALTHCHECK_DEFAULTS);
    expect(() => resolveHealthcheckConfig({ interval: 0.0005 })).toThrow(RangeError);
    expect(() => resolveHealthcheckConfig({ startInterval: -1 })).toThrow(/startInterval/);
    // A zero-length probe with the smallest allowed interval still advances time.
    const events = simulateDockerHealthcheck({ interval: 0.001 }, () => ({ ok: true, durationSeconds: 0 }), 0.0105);
    expect(events).toHaveLength(10);
  });

  it('parses HEALTHCHECK flag durations with Go time.ParseDuration rules', () => {
    expect(parseHealthcheckDuration('30s')).toBe(30);
    expect(parseHealthcheckDuration('1m30s')).toBe(90);
    expect(parseHealthcheckDuration('500ms')).toBe(0.5);
    expect(parseHealthcheckDuration('1h')).toBe(3600);
    expect(parseHealthcheckDuration('1.5s')).toBe(1.5);
    expect(parseHealthcheckDuration('0')).toBe(0);
    expect(parseHealthcheckDuration('30')).toBeNull(); // Go: missing unit in duration
    expect(parseHealthcheckDuration('')).toBeNull();
    expect(parseHealthcheckDuration('5 s')).toBeNull();
    expect(parseHealthcheckDuration('1d')).toBeNull();
  });
});
