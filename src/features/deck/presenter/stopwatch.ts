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
