import { describe, expect, it } from 'vitest';
import { formatMemoryEvents, parseMemoryLimit, simulateMemoryCgroup, type MemoryTick } from '../../../../src/features/sims/cgroups/model/memory.ts';

// Kernel Documentation/admin-guide/cgroup-v2.rst, "Memory Interface Files" (memory.high,
// memory.max, memory.events) and mm/page_counter.c page_counter_memparse. Timelines by hand.

const MiB = 1024 * 1024;
const inMiB = (tick: MemoryTick) => [tick.t, tick.anon / MiB, tick.file / MiB, tick.current / MiB, tick.throttled];

describe('cgroup v2 memory controller (Documentation/admin-guide/cgroup-v2.rst)', () => {
  it('parses limits like page_counter_memparse: "max", K/M/G suffixes, rounded down to whole pages', () => {
    expect(parseMemoryLimit('max')).toBe(Infinity);
    expect(parseMemoryLimit('100M')).toBe(100 * MiB);
    expect(parseMemoryLimit('1G')).toBe(1024 * MiB);
    expect(parseMemoryLimit('5000')).toBe(4096);
    expect(parseMemoryLimit('1000')).toBe(0);
    expect(parseMemoryLimit('-1')).toBeNull();
    expect(parseMemoryLimit('lots')).toBeNull();
  });

  it('throttles above memory.high, then OOM-kills when memory.max cannot be met (anonymous memory only)', () => {
    // +10 MiB/s; above high (80) the allocation runs at half speed: 85, 90, 95, 100; at 13 s the
    // next 5 MiB would make 105 > max (100), nothing is reclaimable → oom, oom_kill, memory freed.
    const ticks = simulateMemoryCgroup({
      limits: { high: 80 * MiB, max: 100 * MiB },
      demand: () => ({ anon: 10 * MiB, file: 0 }),
      ticks: 14,
      allocationSpeedAboveHigh: 0.5,
    });
    expect(ticks.map((tick) => tick.current / MiB)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 85, 90, 95, 100, 0, 0]);
    expect(ticks.map((tick) => tick.throttled)).toEqual([...Array(8).fill(false), true, true, true, true, true, false]);
    expect(ticks[11].events).toEqual({ high: 4, max: 0, oom: 0, oom_kill: 0 });
    expect(ticks[12]).toMatchObject({ state: 'oom-killed', events: { high: 5, max: 1, oom: 1, oom_kill: 1 } });
    expect(formatMemoryEvents(ticks[13].events)).toBe('low 0\nhigh 5\nmax 1\noom 1\noom_kill 1\n');
  });

  it('hits memory.max without OOM when page cache can be reclaimed', () => {
    // anon +10 MiB/s until 5 s, page cache +20 MiB/s: at 4 s 40+80 = 120 > 100 → drop 20 MiB of
    // cache; at 5 s 50+80 → drop 30; at 6 s 50+70 → drop 20. `max` counts, `oom` stays 0.
    const ticks = simulateMemoryCgroup({
      limits: { high: Infinity, max: 100 * MiB },
      demand: (t) => ({ anon: t <= 5 ? 10 * MiB : 0, file: 20 * MiB }),
      ticks: 6,
    });
    expect(ticks.map(inMiB)).toEqual([
      [1, 10, 20, 30, false],
      [2, 20, 40, 60, false],
      [3, 30, 60, 90, false],
      [4, 40, 60, 100, false],
      [5, 50, 50, 100, false],
      [6, 50, 50, 100, false],
    ]);
    expect(ticks.map((tick) => tick.reclaimed / MiB)).toEqual([0, 0, 0, 20, 30, 20]);
    expect(ticks[5].events).toEqual({ high: 0, max: 3, oom: 0, oom_kill: 0 });
  });

  it('reclaims page cache at memory.high first, and throttles anonymous allocation only once the cache is gone', () => {
    // anon +5, cache +10 per second, high 60. From 5 s each tick drops 15 MiB of cache to stay at 60;
    // at 12 s the cache is empty; at 13 s 65 MiB of anon alone exceeds high → half-speed allocation.
    const ticks = simulateMemoryCgroup({
      limits: { high: 60 * MiB, max: 100 * MiB },
      demand: () => ({ anon: 5 * MiB, file: 10 * MiB }),
      ticks: 14,
      allocationSpeedAboveHigh: 0.5,
    });
    expect([3, 4, 10, 11, 12, 13].map((i) => inMiB(ticks[i]))).toEqual([
      [4, 20, 40, 60, false],
      [5, 25, 35, 60, false],
      [11, 55, 5, 60, false],
      [12, 60, 0, 60, false],
      [13, 62.5, 0, 62.5, true],
      [14, 65, 0, 65, true],
    ]);
    expect(ticks[13].events).toEqual({ high: 10, max: 0, oom: 0, oom_kill: 0 });
  });
});
