import type { CheckRequest, CheckResponse } from './worker/protocol.ts';

/** What the client needs of a Worker (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: CheckRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CheckResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface CheckerClientOptions {
  createWorker?: () => WorkerLike;
  /** A newer text never waits longer than this behind a running check (ms). */
  budgetMs?: number;
  /** Extra time a check gets per MiB of text when nothing newer waits (ms). */
  msPerMiB?: number;
  /** Longer texts are not checked as you type (characters). */
  maxLiveChars?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Over 1 MiB, a text is not checked live: the editor says so instead. */
export const MAX_LIVE_CHARS = 1024 * 1024;
export const CHECK_BUDGET_MS = 1500;
const MS_PER_MIB = 5000;

const createCheckerWorker = (): WorkerLike =>
  new Worker(new URL('./worker/checker.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

/**
 * Talks to the checker worker. Only the newest text matters: while one check runs, later texts replace each
 * other in a one-slot queue, so a burst of keystrokes costs at most two checks. A check never holds the
 * newest text back for long: once it has run `budgetMs` with a newer text waiting, the worker is terminated,
 * the page is told `tooLarge: 'time'`, and a fresh worker checks the newest text. With nothing waiting, a
 * check of a big text gets a little longer (`msPerMiB`) before the same happens. Texts over `maxLiveChars`
 * are not sent at all (`tooLarge: 'size'`).
 */
export class CheckerClient {
  private worker: WorkerLike | null = null;
  private seq = 0;
  /** The check the worker is running, if any. */
  private running: { seq: number; text: string; started: number } | null = null;
  private pending: Omit<CheckRequest, 'seq'> | undefined;
  private overBudget = false;
  private timer: unknown = undefined;
  private readonly onResult: (response: CheckResponse) => void;
  private readonly createWorker: () => WorkerLike;
  private readonly budgetMs: number;
  private readonly msPerMiB: number;
  private readonly maxLiveChars: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(onResult: (response: CheckResponse) => void, options: CheckerClientOptions = {}) {
    this.onResult = onResult;
    this.createWorker = options.createWorker ?? createCheckerWorker;
    this.budgetMs = options.budgetMs ?? CHECK_BUDGET_MS;
    this.msPerMiB = options.msPerMiB ?? MS_PER_MIB;
    this.maxLiveChars = options.maxLiveChars ?? MAX_LIVE_CHARS;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    // Started at once, so the first check does not also wait for the worker to load.
    this.ensureWorker();
  }

  check(request: Omit<CheckRequest, 'seq'>): void {
    if (request.text.length > this.maxLiveChars) {
      // The newest text will not be checked, so whatever runs for an older one is moot.
      this.pending = undefined;
      if (this.running) this.stopWorker();
      this.seq += 1;
      this.onResult({ seq: this.seq, findings: [], took: 0, tooLarge: 'size' });
      return;
    }
    this.pending = request;
    // The running check already had its budget: the newest text must not wait for it.
    if (this.running && this.overBudget) this.abandon();
    this.flush();
  }

  dispose(): void {
    this.pending = undefined;
    this.stopWorker();
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      if (worker !== this.worker || !this.running || event.data.seq !== this.running.seq) return;
      this.finishRunning();
      this.onResult(event.data);
      this.flush();
    };
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      const seq = this.running?.seq ?? this.seq;
      this.finishRunning();
      this.onResult({ seq, findings: [], took: 0, error: event.message || 'checker worker failed' });
    };
    this.worker = worker;
    return worker;
  }

  private flush(): void {
    if (this.running || !this.pending) return;
    const worker = this.ensureWorker();
    this.seq += 1;
    this.running = { seq: this.seq, text: this.pending.text, started: Date.now() };
    this.overBudget = false;
    worker.postMessage({ ...this.pending, seq: this.seq } satisfies CheckRequest);
    this.pending = undefined;
    const seq = this.seq;
    this.timer = this.setTimer(() => this.onBudgetSpent(seq), this.budgetMs);
  }

  private onBudgetSpent(seq: number): void {
    if (!this.running || this.running.seq !== seq) return;
    if (this.pending) {
      this.abandon();
      this.flush();
      return;
    }
    // Nothing newer waits: a big text gets a little longer, then it is given up too.
    this.overBudget = true;
    const extra = Math.round((this.running.text.length / (1024 * 1024)) * this.msPerMiB);
    this.timer = this.setTimer(() => {
      if (!this.running || this.running.seq !== seq) return;
      this.abandon();
      this.flush();
    }, Math.max(extra, 1));
  }

  /** Stops the running check (terminating its worker) and tells the page it was too slow to check live. */
  private abandon(): void {
    const running = this.running;
    if (!running) return;
    this.stopWorker();
    // A fresh worker, loading while the page shows the message, for the newest text or the next edit.
    this.ensureWorker();
    this.onResult({ seq: running.seq, findings: [], took: Date.now() - running.started, tooLarge: 'time' });
  }

  private finishRunning(): void {
    this.running = null;
    this.overBudget = false;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  private stopWorker(): void {
    this.finishRunning();
    this.worker?.terminate();
    this.worker = null;
  }
}
