// Reports waiting for the server: numbered, kept in localStorage, sent in order in batches, and removed only once
// the server acknowledged them (it skips numbers it already has). Offline, they wait; a reload keeps them.
import { LIMITS, type Report, type Sent } from '../protocol.ts';
import { OUTBOX_KEY } from './session.ts';
import { ApiError, call } from './api.ts';

interface Stored { room: string; next: number; queue: Sent<Report>[] }

export class Outbox {
  private readonly path: string;
  private readonly token: string;
  private readonly room: string;
  private sending = false;
  private delay = 1000;
  private timer: ReturnType<typeof setTimeout> | undefined;
  onChange: (pending: number) => void = () => {};

  constructor(room: string, token: string) {
    this.room = room;
    this.token = token;
    this.path = `/api/rooms/${room}/reports`;
    window.addEventListener('online', () => this.flush());
  }

  get pending(): number {
    return this.read().queue.length;
  }

  add(report: Report): void {
    const stored = this.read();
    stored.queue.push({ seq: stored.next, at: Date.now(), body: report });
    stored.next++;
    this.write(stored);
    void this.flush();
  }

  async flush(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    clearTimeout(this.timer);
    try {
      for (let batch = this.read().queue.slice(0, LIMITS.batch); batch.length; batch = this.read().queue.slice(0, LIMITS.batch)) {
        const { acked } = await call<{ acked: number }>('POST', this.path, this.token, { reports: batch });
        const stored = this.read();
        stored.queue = stored.queue.filter((item) => item.seq > acked);
        this.write(stored);
      }
      this.delay = 1000;
    } catch (error) {
      // 4xx other than "slow down" will not get better by retrying the same batch: drop it rather than block the rest.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        if (error.status === 400) {
          const stored = this.read();
          stored.queue.shift();
          this.write(stored);
        }
      } else {
        this.timer = setTimeout(() => void this.flush(), this.delay);
        this.delay = Math.min(30_000, this.delay * 2);
      }
    } finally {
      this.sending = false;
    }
  }

  /** After a reload the numbering goes on from the server's last acknowledged number. */
  resumeAfter(acked: number): void {
    const stored = this.read();
    if (stored.next <= acked) {
      stored.next = acked + 1;
      this.write(stored);
    }
  }

  private read(): Stored {
    try {
      const stored = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? 'null') as Stored | null;
      if (stored && stored.room === this.room && Array.isArray(stored.queue)) return stored;
    } catch {
      // A damaged outbox starts again empty.
    }
    return { room: this.room, next: 1, queue: [] };
  }

  private write(stored: Stored): void {
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(stored));
    this.onChange(stored.queue.length);
  }
}
