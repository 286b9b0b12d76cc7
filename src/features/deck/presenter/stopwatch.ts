// The presenter's elapsed-time clock: runs from the first look at the presenter view, can pause and reset.
// Plain values so it is tested without timers; `now` is passed in (performance.now() or Date.now()).

export interface Stopwatch {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** When the current run started; null while paused. */
  runningSince: number | null;
}

export const startedStopwatch = (now: number): Stopwatch => ({ banked: 0, runningSince: now });

export const elapsedMs = (watch: Stopwatch, now: number) => watch.banked + (watch.runningSince === null ? 0 : Math.max(0, now - watch.runningSince));

export const isPaused = (watch: Stopwatch) => watch.runningSince === null;

export function togglePause(watch: Stopwatch, now: number): Stopwatch {
  return isPaused(watch) ? { banked: watch.banked, runningSince: now } : { banked: elapsedMs(watch, now), runningSince: null };
}

/** Back to zero, keeping whether it runs. */
export const resetStopwatch = (watch: Stopwatch, now: number): Stopwatch => ({ banked: 0, runningSince: isPaused(watch) ? null : now });

/** A stopwatch kept this long after its last change is a new talk's business, not this one's: it starts again. */
export const STOPWATCH_KEPT_MS = 8 * 60 * 60 * 1000;

/** The stored form: the watch and when it last changed (a running watch counts on from `runningSince` after a reload). */
export const storedStopwatch = (watch: Stopwatch, now: number) => JSON.stringify({ ...watch, changedAt: now });

/** The watch `text` stored, if it is one and recent; anything else (no value, another shape, old) gives null. */
export function restoredStopwatch(text: string | null, now: number): Stopwatch | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const { banked, runningSince, changedAt } = (value ?? {}) as Record<string, unknown>;
  const time = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!time(banked) || !(runningSince === null || time(runningSince)) || !time(changedAt)) return null;
  if (now - changedAt > STOPWATCH_KEPT_MS || changedAt > now || (runningSince !== null && runningSince > now)) return null;
  return { banked, runningSince };
}
