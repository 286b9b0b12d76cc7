// The worker's hold on saving the course for offline use: a page about to do heavy work (a Linux lab starting its
// machine) posts HOLD_SAVING, and the install's downloads and the Monaco save wait until the hold is over.
import { maxHoldMs } from './sw-config.ts';

export class SavingHold {
  private until = 0;
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** Holds saving for `ms` from now: at most `maxHoldMs`, and never shortens a hold already in force. */
  hold(ms: unknown): void {
    const length = Math.min(Math.max(Number(ms) || 0, 0), maxHoldMs);
    this.until = Math.max(this.until, this.now() + length);
  }

  /** Resolves once no hold is in force (at once when there is none). */
  async released(): Promise<void> {
    for (let wait = this.until - this.now(); wait > 0; wait = this.until - this.now()) {
      await new Promise((resume) => setTimeout(resume, wait));
    }
  }
}
