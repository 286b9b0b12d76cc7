import { describe, expect, it } from 'vitest';
import { CheckerClient, type WorkerLike } from '../../../src/features/editor/checker-client.ts';
import type { CheckRequest, CheckResponse } from '../../../src/features/editor/worker/protocol.ts';

/** A worker that records what it was sent and answers only when told to. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<CheckResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: CheckRequest[] = [];
  terminated = false;

  postMessage(message: CheckRequest): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the last request (or `seq`) with one finding-free response. */
  answer(seq = this.posted[this.posted.length - 1].seq): void {
    this.onmessage?.({ data: { seq, findings: [], took: 1 } } as unknown as MessageEvent<CheckResponse>);
  }

  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** Timers that run only when the test moves the clock. */
class FakeClock {
  now = 0;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 1;
  set = (callback: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ at: this.now + ms, callback, id });
    return id;
  };
  clear = (id: unknown) => {
    this.timers = this.timers.filter((timer) => timer.id !== id);
  };
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.now = due.at;
      due.callback();
    }
    this.now = end;
  }
  get pending(): number {
    return this.timers.length;
  }
}

function setup(options: { maxLiveChars?: number } = {}) {
  const workers: FakeWorker[] = [];
  const results: CheckResponse[] = [];
  const clock = new FakeClock();
  const client = new CheckerClient((response) => results.push(response), {
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    budgetMs: 1500,
    msPerMiB: 5000,
    maxLiveChars: options.maxLiveChars ?? 1000,
    setTimer: clock.set,
    clearTimer: clock.clear,
  });
  const check = (text: string) => client.check({ text, lang: 'en', language: 'dockerfile' });
  const texts = (worker: FakeWorker) => worker.posted.map((request) => request.text);
  return { client, workers, results, clock, check, texts };
}

describe('CheckerClient', () => {
  it('checks at once when idle and keeps only the newest text while a check runs', () => {
    const { workers, results, check, texts } = setup();
    check('a');
    check('b');
    check('c');
    expect(workers).toHaveLength(1);
    expect(texts(workers[0])).toEqual(['a']);
    workers[0].answer();
    expect(results.map((result) => result.seq)).toEqual([1]);
    expect(texts(workers[0])).toEqual(['a', 'c']);
    workers[0].answer();
    expect(results).toHaveLength(2);
    expect(results.some((result) => result.tooLarge)).toBe(false);
  });

  it('stops a check that holds a newer text back past the budget, says so, and checks the newest text on a fresh worker', () => {
    const { workers, results, clock, check, texts } = setup();
    check('slow');
    check('newer');
    check('newest');
    clock.advance(1499);
    expect(workers[0].terminated).toBe(false);
    clock.advance(1);
    expect(workers[0].terminated).toBe(true);
    expect(results).toEqual([expect.objectContaining({ seq: 1, findings: [], tooLarge: 'time' })]);
    expect(workers).toHaveLength(2);
    expect(texts(workers[1])).toEqual(['newest']);
    // A late answer from the stopped worker is ignored; the fresh worker's answer comes through.
    workers[0].answer(1);
    expect(results).toHaveLength(1);
    workers[1].answer();
    expect(results[1]).toMatchObject({ seq: 2 });
    expect(results[1].tooLarge).toBeUndefined();
  });

  it('gives a lone check of a big text a little longer, but not a newer text that arrives after the budget', () => {
    const { workers, results, clock, check, texts } = setup();
    check('x'.repeat(900));
    clock.advance(1500);
    expect(workers[0].terminated).toBe(false);
    expect(results).toHaveLength(0);
    check('edited');
    expect(workers[0].terminated).toBe(true);
    expect(results).toEqual([expect.objectContaining({ seq: 1, tooLarge: 'time' })]);
    expect(texts(workers[1])).toEqual(['edited']);
  });

  it('gives up a lone check after the extra time and keeps a fresh worker ready', () => {
    const { workers, results, clock, check } = setup({ maxLiveChars: 2 * 1024 * 1024 });
    check('x'.repeat(1024 * 1024));
    clock.advance(1500 + 4999);
    expect(results).toHaveLength(0);
    clock.advance(1);
    expect(results).toEqual([expect.objectContaining({ seq: 1, tooLarge: 'time' })]);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].posted).toEqual([]);
    expect(clock.pending).toBe(0);
  });

  it('does not check texts over the size cap live, and drops a check running for an older text', () => {
    const { workers, results, check } = setup({ maxLiveChars: 10 });
    check('FROM a');
    check('y'.repeat(11));
    expect(workers[0].terminated).toBe(true);
    expect(results).toEqual([expect.objectContaining({ findings: [], tooLarge: 'size' })]);
    check('FROM b');
    expect(workers).toHaveLength(2);
    expect(workers[1].posted.map((request) => request.text)).toEqual(['FROM b']);
  });

  it('answers a fast check normally and leaves no timer behind', () => {
    const { workers, results, clock, check } = setup();
    check('FROM a');
    workers[0].answer();
    expect(clock.pending).toBe(0);
    clock.advance(10_000);
    expect(results).toHaveLength(1);
    expect(workers[0].terminated).toBe(false);
  });

  it('reports a worker error and stops its timer; dispose terminates the worker', () => {
    const { client, workers, results, clock, check } = setup();
    check('FROM a');
    workers[0].fail('boom');
    expect(results).toEqual([expect.objectContaining({ seq: 1, error: 'boom' })]);
    expect(clock.pending).toBe(0);
    client.dispose();
    expect(workers[0].terminated).toBe(true);
  });
});
