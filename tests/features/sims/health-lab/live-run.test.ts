import { describe, expect, it } from 'vitest';
import { LiveRun, type LabServer } from '../../../../src/features/sims/health-lab/model/live-run.ts';
import { appAnswer, type AppBehaviour, type Endpoint } from '../../../../src/features/sims/health/model/app.ts';

/** A server that answers from an app behaviour, on a clock the test moves by hand. */
function fakeLab(app: AppBehaviour) {
  let now = 0;
  let processStart: number | null = null;
  const log: string[] = [];
  const server: LabServer = {
    start() {
      processStart = now;
      log.push(`start@${now}`);
    },
    stop() {
      processStart = null;
      log.push(`stop@${now}`);
    },
    async probe(endpoint: Endpoint, timeoutSeconds: number) {
      log.push(`${endpoint}@${now}`);
      if (processStart === null) return { ok: false, durationSeconds: 0 };
      const answer = appAnswer(app, endpoint, now - processStart);
      return answer.durationSeconds > timeoutSeconds ? { ok: false, durationSeconds: Infinity } : answer;
    },
  };
  return { server, log, clock: { now: () => now }, advance: (s: number) => (now += s) };
}

async function runFor(run: LiveRun, lab: ReturnType<typeof fakeLab>, seconds: number, step = 0.5) {
  run.tick();
  for (let t = 0; t < seconds; t += step) {
    lab.advance(step);
    run.tick();
    await run.settle();
  }
  return run.tick();
}

describe('the live probe loop (fake clock, fake server)', () => {
  it('runs HEALTHCHECK probes when the model says, and reports unhealthy after `retries` failures of a broken /health', async () => {
    const lab = fakeLab({ startupSeconds: 2, deadlockAfterSeconds: null, gcPause: null, failHealth: true });
    const run = new LiveRun({ mode: 'docker', config: { interval: 5, timeout: 2, startPeriod: 0, startInterval: 1, retries: 3 } }, lab.server, lab.clock, 60);
    await run.start();
    const timeline = await runFor(run, lab, 16);
    // start period 0 → probes every 5 s from 5: fail at 5, 10, 15 → unhealthy at 15.
    expect(timeline.probes.map((p) => [p.start, p.result])).toEqual([[5, 'fail'], [10, 'fail'], [15, 'fail']]);
    expect(timeline.bands.map((b) => [b.from, b.to, b.state])).toEqual([[0, 15, 'starting'], [15, 16, 'unhealthy']]);
    expect(lab.log.filter((l) => l.startsWith('/health'))).toEqual(['/health@5', '/health@10', '/health@15']);
  });

  it('restarts the server when liveness fails, and waits out CrashLoopBackOff with the server stopped', async () => {
    // Deadlock 6 s after each start; liveness every 2 s, timeout 1, threshold 2.
    // Run 0: probes at 0..4 ok, 6 and 8 hang → killed at 9 (8 + timeout), restarted at once (first crash).
    // Run 1 from 9: 15 and 17 hang → killed at 18, back-off 10 s → run 2 at 28.
    const lab = fakeLab({ startupSeconds: 0, deadlockAfterSeconds: 6, gcPause: null });
    const run = new LiveRun({ mode: 'kubernetes', probes: { livenessProbe: { periodSeconds: 2, failureThreshold: 2 } } }, lab.server, lab.clock, 60);
    await run.start();
    const timeline = await runFor(run, lab, 30);
    expect(timeline.events.filter((e) => e.kind !== 'probe' && e.kind !== 'status').map((e) => [e.t, e.kind])).toEqual([
      [0, 'started'], [9, 'restart'], [9, 'started'], [18, 'restart'], [18, 'back-off'], [28, 'started'],
    ]);
    expect(lab.log.filter((l) => /^(start|stop)/.test(l))).toEqual(['start@0', 'stop@9', 'start@9', 'stop@18', 'start@28']);
    expect(timeline.restarts).toBe(2);
    expect(timeline.probes.filter((p) => p.result === 'timeout').map((p) => p.start)).toEqual([6, 8, 15, 17]);
  });

  it('stops by itself at its time limit', async () => {
    const lab = fakeLab({ startupSeconds: 0, deadlockAfterSeconds: null, gcPause: null });
    const run = new LiveRun({ mode: 'docker', config: { interval: 5, timeout: 2, startPeriod: 0, startInterval: 1, retries: 3 } }, lab.server, lab.clock, 10);
    await run.start();
    const timeline = await runFor(run, lab, 20);
    expect(run.stopped).toBe(true);
    expect(timeline.until).toBe(10);
    expect(lab.log.at(-1)).toBe('stop@10');
  });
});
