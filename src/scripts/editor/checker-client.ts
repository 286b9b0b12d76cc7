import type { CheckRequest, CheckResponse } from '../../workers/checker-protocol.ts';

/**
 * Talks to the checker worker. Only the newest request matters: while one is running, later texts replace
 * each other in a one-slot queue, so a burst of keystrokes costs at most two checks.
 */
export class CheckerClient {
  private worker = new Worker(new URL('../../workers/checker.worker.ts', import.meta.url), { type: 'module' });
  private seq = 0;
  private busy = false;
  private pending: Omit<CheckRequest, 'seq'> | undefined;
  private onResult: (response: CheckResponse) => void;

  constructor(onResult: (response: CheckResponse) => void) {
    this.onResult = onResult;
    this.worker.onmessage = (event: MessageEvent<CheckResponse>) => {
      this.busy = false;
      this.onResult(event.data);
      this.flush();
    };
    this.worker.onerror = (event) => {
      this.busy = false;
      this.onResult({ seq: this.seq, findings: [], took: 0, error: event.message || 'checker worker failed' });
    };
  }

  check(request: Omit<CheckRequest, 'seq'>): void {
    this.pending = request;
    this.flush();
  }

  dispose(): void {
    this.worker.terminate();
  }

  private flush(): void {
    if (this.busy || !this.pending) return;
    this.busy = true;
    this.seq += 1;
    this.worker.postMessage({ ...this.pending, seq: this.seq } satisfies CheckRequest);
    this.pending = undefined;
  }
}
