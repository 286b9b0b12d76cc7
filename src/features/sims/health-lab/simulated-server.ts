// The stand-in server: answers like the starter code would for the switches read from the learner's text.
import { appAnswer, type AppBehaviour, type Endpoint } from '../health/model/app.ts';
import type { ProbeOutcome } from '../health/model/probe-outcome.ts';
import type { LabClock, LabServer } from './model/live-run.ts';

export class SimulatedServer implements LabServer {
  private startedAt: number | null = null;
  private readonly app: AppBehaviour;
  private readonly clock: LabClock;
  private readonly log: (line: string) => void;

  constructor(app: AppBehaviour, clock: LabClock, log: (line: string) => void) {
    this.app = app;
    this.clock = clock;
    this.log = log;
  }

  start(): void {
    this.startedAt = this.clock.now();
    this.log(`[simulated] node server.js`);
  }

  stop(): void {
    if (this.startedAt !== null) this.log('[simulated] process killed');
    this.startedAt = null;
  }

  async probe(endpoint: Endpoint, timeoutSeconds: number): Promise<ProbeOutcome> {
    if (this.startedAt === null) return { ok: false, durationSeconds: 0 };
    const answer = appAnswer(this.app, endpoint, this.clock.now() - this.startedAt);
    const waited = Math.min(answer.durationSeconds, timeoutSeconds);
    if (waited > 0) await new Promise((resolve) => setTimeout(resolve, waited * 1000));
    return answer.durationSeconds > timeoutSeconds ? { ok: false, durationSeconds: Infinity } : answer;
  }
}
