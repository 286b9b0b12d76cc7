// Elapsed time against the talk plan: every slide is planned at the same pace (src/course/talk.ts), so the time
// planned to reach a slide is the slides before it times that pace.

/** Closer to the plan than this reads as "on time": a minute either way is noise in a talk. */
export const ON_TIME_SECONDS = 60;

export interface PacingInput {
  /** Seconds on the presenter's timer. */
  elapsedSeconds: number;
  /** Slides before the current one (reveal.js's `getSlidePastCount()`). */
  slidesBefore: number;
  slideCount: number;
  secondsPerSlide: number;
}

export interface Pacing {
  status: 'ahead' | 'behind' | 'on-time';
  /** Whole minutes ahead or behind (0 when on time). */
  minutes: number;
  plannedSeconds: number;
  totalSeconds: number;
  /** Share of the whole plan elapsed and planned so far, each 0–1, for the bar. */
  elapsedShare: number;
  plannedShare: number;
}

export function pacingAt({ elapsedSeconds, slidesBefore, slideCount, secondsPerSlide }: PacingInput): Pacing {
  const totalSeconds = Math.max(1, slideCount) * secondsPerSlide;
  const plannedSeconds = Math.min(Math.max(0, slidesBefore), slideCount) * secondsPerSlide;
  const elapsed = Math.max(0, elapsedSeconds);
  const lead = plannedSeconds - elapsed;
  const status = Math.abs(lead) < ON_TIME_SECONDS ? 'on-time' : lead > 0 ? 'ahead' : 'behind';
  const share = (seconds: number) => Math.min(1, seconds / totalSeconds);
  return {
    status,
    minutes: status === 'on-time' ? 0 : Math.round(Math.abs(lead) / 60),
    plannedSeconds,
    totalSeconds,
    elapsedShare: share(elapsed),
    plannedShare: share(plannedSeconds),
  };
}

/** `mm:ss`, or `h:mm:ss` past the hour. */
export function clockText(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(s / 3600);
  const rest = `${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  return hours ? `${hours}:${rest}` : rest;
}
