import { describe, expect, it } from 'vitest';
import { clockText, pacingAt } from '../../../src/features/deck/presenter/pacing.ts';
import { STOPWATCH_KEPT_MS, elapsedMs, isPaused, resetStopwatch, restoredStopwatch, startedStopwatch, storedStopwatch, togglePause } from '../../../src/features/deck/presenter/stopwatch.ts';
import { SECONDS_PER_TALK_SLIDE } from '../../../src/course/talk.ts';

const talk = { slideCount: 120, secondsPerSlide: SECONDS_PER_TALK_SLIDE };

describe('pacing against the talk plan', () => {
  it('is on time at the planned moment, and within a minute of it', () => {
    // Slide 31 (30 before it) is planned at 30 × 40 s = 20 min.
    expect(pacingAt({ ...talk, slidesBefore: 30, elapsedSeconds: 20 * 60 })).toMatchObject({ status: 'on-time', minutes: 0, plannedSeconds: 1200 });
    expect(pacingAt({ ...talk, slidesBefore: 30, elapsedSeconds: 20 * 60 + 59 }).status).toBe('on-time');
    expect(pacingAt({ ...talk, slidesBefore: 30, elapsedSeconds: 20 * 60 - 59 }).status).toBe('on-time');
  });

  it('says ahead when the slide comes early and behind when it comes late, in whole minutes', () => {
    expect(pacingAt({ ...talk, slidesBefore: 30, elapsedSeconds: 15 * 60 })).toMatchObject({ status: 'ahead', minutes: 5 });
    expect(pacingAt({ ...talk, slidesBefore: 30, elapsedSeconds: 23 * 60 + 20 })).toMatchObject({ status: 'behind', minutes: 3 });
  });

  it('fills the bar with the share of the whole plan, never past its end', () => {
    const halfway = pacingAt({ ...talk, slidesBefore: 60, elapsedSeconds: 30 * 60 });
    expect(halfway.totalSeconds).toBe(80 * 60);
    expect(halfway.plannedShare).toBe(0.5);
    expect(halfway.elapsedShare).toBeCloseTo(0.375);
    const overtime = pacingAt({ ...talk, slidesBefore: 119, elapsedSeconds: 3 * 3600 });
    expect(overtime.elapsedShare).toBe(1);
    expect(overtime.status).toBe('behind');
  });

  it('starts on time at the first slide, and treats nonsense input as the nearest sane value', () => {
    expect(pacingAt({ ...talk, slidesBefore: 0, elapsedSeconds: 0 }).status).toBe('on-time');
    expect(pacingAt({ ...talk, slidesBefore: -3, elapsedSeconds: -10 })).toMatchObject({ plannedSeconds: 0, elapsedShare: 0 });
    expect(pacingAt({ slideCount: 0, secondsPerSlide: 40, slidesBefore: 0, elapsedSeconds: 0 }).totalSeconds).toBe(40);
  });

  it('writes the timer as mm:ss, with hours only past the hour', () => {
    expect(clockText(0)).toBe('00:00');
    expect(clockText(65.9)).toBe('01:05');
    expect(clockText(3600 + 62)).toBe('1:01:02');
  });
});

describe("the presenter's stopwatch", () => {
  it('counts while running, holds while paused, resumes where it stopped', () => {
    let watch = startedStopwatch(1_000);
    expect(elapsedMs(watch, 6_000)).toBe(5_000);
    watch = togglePause(watch, 6_000);
    expect(isPaused(watch)).toBe(true);
    expect(elapsedMs(watch, 60_000)).toBe(5_000);
    watch = togglePause(watch, 60_000);
    expect(elapsedMs(watch, 62_000)).toBe(7_000);
  });

  it('resets to zero and keeps running or paused as it was', () => {
    const running = resetStopwatch(startedStopwatch(0), 10_000);
    expect(elapsedMs(running, 12_000)).toBe(2_000);
    const paused = resetStopwatch(togglePause(startedStopwatch(0), 5_000), 9_000);
    expect(isPaused(paused)).toBe(true);
    expect(elapsedMs(paused, 20_000)).toBe(0);
  });

  it('comes back after a reload: running counts on, paused holds', () => {
    const running = restoredStopwatch(storedStopwatch(startedStopwatch(1_000), 1_000), 61_000)!;
    expect(elapsedMs(running, 61_000)).toBe(60_000);
    const paused = restoredStopwatch(storedStopwatch(togglePause(startedStopwatch(0), 5_000), 5_000), 90_000)!;
    expect(isPaused(paused)).toBe(true);
    expect(elapsedMs(paused, 90_000)).toBe(5_000);
  });

  it('starts afresh from a stale, broken or foreign stored value', () => {
    const old = storedStopwatch(startedStopwatch(0), 0);
    expect(restoredStopwatch(old, STOPWATCH_KEPT_MS)).not.toBeNull();
    expect(restoredStopwatch(old, STOPWATCH_KEPT_MS + 1)).toBeNull();
    for (const text of [null, '', '{', 'null', '[]', '{"banked":"5","runningSince":null,"changedAt":0}', '{"banked":5,"runningSince":-1,"changedAt":0}', '{"banked":5,"runningSince":null}']) {
      expect(restoredStopwatch(text, 1_000), String(text)).toBeNull();
    }
    // Written "in the future" (a clock changed since): not trusted.
    expect(restoredStopwatch(storedStopwatch(startedStopwatch(9_000), 9_000), 1_000)).toBeNull();
  });
});
