// A probe loop in real time that is decided by the same models as the simulated timeline: at every tick the
// model is replayed with the answers recorded so far; a probe it wants whose answer is not known yet is run
// against the server (real or simulated), and until it answers the model sees "no answer yet", which is
// exactly a timeout once its time is up. Restarts the model decides are carried out on the server.

import { CHECK_ENDPOINT, type Endpoint } from '../../health/model/app.ts';
import { resolveHealthcheckConfig, simulateDockerHealthcheck } from '../../health/model/healthcheck.ts';
import type { ProbeOutcome } from '../../health/model/probe-outcome.ts';
import type { ProbeKind } from '../../health/model/probes.ts';
import type { ValidSettings } from '../../health/model/settings.ts';
import { dockerTimeline, simulateKubernetesTimeline, type Timeline } from '../../health/model/timeline.ts';

/** The server under test. `probe` resolves with the measured duration, or Infinity when it gave up at the timeout. */
export interface LabServer {
  start(): Promise<void> | void;
  stop(): Promise<void> | void;
  probe(endpoint: Endpoint, timeoutSeconds: number): Promise<ProbeOutcome>;
}

export interface LabClock {
  /** Seconds, monotonic. */
  now(): number;
}

type Wanted = { key: string; endpoint: Endpoint; at: number; timeoutSeconds: number };

export class LiveRun {
  private readonly recorded = new Map<string, ProbeOutcome>();
  private readonly inFlight = new Set<string>();
  private startedAt = 0;
  /** The model's container run the server process stands for; null while nothing runs. */
  private serverRun: number | null = null;
  private operations: Promise<unknown> = Promise.resolve();
  private pending: Promise<unknown>[] = [];
  stopped = false;

  private readonly settings: ValidSettings;
  private readonly server: LabServer;
  private readonly clock: LabClock;
  /** Seconds of run after which the loop stops by itself. */
  readonly limitSeconds: number;

  constructor(settings: ValidSettings, server: LabServer, clock: LabClock, limitSeconds: number) {
    this.settings = settings;
    this.server = server;
    this.clock = clock;
    this.limitSeconds = limitSeconds;
  }

  async start(): Promise<void> {
    this.startedAt = this.clock.now();
    this.serverRun = 0;
    await this.server.start();
  }

  elapsed(): number {
    return Math.min(this.clock.now() - this.startedAt, this.limitSeconds);
  }

  /** One step: the timeline up to now, with probes that are due sent to the server. */
  tick(): Timeline {
    const now = this.elapsed();
    const { timeline, wanted } = this.replay(now);
    if (!this.stopped) {
      this.followRestarts(timeline);
      for (const probe of wanted) {
        if (probe.at > now || this.inFlight.has(probe.key) || this.recorded.has(probe.key)) continue;
        this.inFlight.add(probe.key);
        // After any pending restart, so the first probe of a new run reaches the new process.
        const done = this.operations.then(() => this.server.probe(probe.endpoint, probe.timeoutSeconds)).then(
          (outcome) => this.recorded.set(probe.key, outcome),
          () => this.recorded.set(probe.key, { ok: false, durationSeconds: 0 }),
        ).finally(() => this.inFlight.delete(probe.key));
        this.pending.push(done);
      }
      if (now >= this.limitSeconds) void this.stop();
    }
    return timeline;
  }

  /** Resolves when every probe sent so far has answered (tests use it with a fake clock). */
  async settle(): Promise<void> {
    while (this.pending.length) await Promise.all(this.pending.splice(0));
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.operations = this.operations.then(() => this.server.stop());
    await this.operations;
  }

  private followRestarts(timeline: Timeline): void {
    // Each container run in the model is one server process: kill it at a restart, start it when the back-off ends.
    const last = timeline.events.filter((e) => e.kind === 'started' || e.kind === 'restart').at(-1);
    const wanted = !last ? 0 : last.kind === 'started' ? last.restartCount : null;
    if (wanted === this.serverRun) return;
    const wasRunning = this.serverRun !== null;
    this.serverRun = wanted;
    this.operations = this.operations.then(async () => {
      if (wasRunning) await this.server.stop();
      if (wanted !== null) await this.server.start();
    });
    this.pending.push(this.operations);
  }

  private replay(now: number): { timeline: Timeline; wanted: Wanted[] } {
    const wanted: Wanted[] = [];
    const answer = (key: string, endpoint: Endpoint, at: number, timeoutSeconds: number): ProbeOutcome => {
      const known = this.recorded.get(key);
      if (known) return known;
      wanted.push({ key, endpoint, at, timeoutSeconds });
      return { ok: false, durationSeconds: Infinity };
    };
    let timeline: Timeline;
    if (this.settings.mode === 'docker') {
      const { config } = this.settings;
      const events = simulateDockerHealthcheck(config, (t) => answer(`hc@${t}`, '/health', t, config.timeout), now);
      // The model runs a probe whose start is due to its end; one still without an answer is not drawn yet.
      timeline = dockerTimeline(events.filter((e) => e.end <= now), resolveHealthcheckConfig(config), now);
    } else {
      const { probes } = this.settings;
      // Probe start times are relative to the run; the model tells us when each run started.
      const runStart = new Map<number, number>();
      const endpoint = (kind: ProbeKind) => (sinceStart: number, restartCount: number) =>
        answer(`${kind}#${restartCount}@${sinceStart}`, CHECK_ENDPOINT[kind], Number.NaN, probes[`${kind}Probe`]?.timeoutSeconds ?? 1);
      timeline = simulateKubernetesTimeline(probes, { startup: endpoint('startup'), liveness: endpoint('liveness'), readiness: endpoint('readiness') }, now);
      for (const event of timeline.events) if (event.kind === 'started') runStart.set(event.restartCount, event.t);
      for (const probe of wanted) {
        const [, run, since] = /#(\d+)@(.+)$/.exec(probe.key)!;
        probe.at = (runStart.get(Number(run)) ?? Infinity) + Number(since);
      }
    }
    return { timeline, wanted };
  }
}
