import { describe, expect, it } from 'vitest';
import { cpuChart, memoryChart, memoryNote, MiB, runCpu, runMemory } from '../../../../src/features/sims/cgroups/model/runs.ts';

// Timelines by hand from the models' documented rules (cgroup-v2.rst; tests/sims/cgroup-*.test.ts):
// above memory.high anonymous allocation runs at a quarter of its speed; at memory.max with nothing
// reclaimable the OOM killer fires and frees the heap.

describe('cgroup limits island data', () => {
  it('a leak of 8 MiB/s with high 64M and max 96M: throttled from 9 s, OOM-killed at 25 s', () => {
    const run = runMemory('64M', '96M', 'leak');
    if (!run.ok) throw new Error('invalid');
    const current = run.ticks.map((t) => t.current / MiB);
    expect(current.slice(0, 8)).toEqual([8, 16, 24, 32, 40, 48, 56, 64]);
    expect(current[8]).toBe(66); // 64 + 8 × 0.25
    expect(current[23]).toBe(96); // 64 + 16 × 2
    expect(run.ticks[24]).toMatchObject({ state: 'oom-killed', events: { high: 17, max: 1, oom: 1, oom_kill: 1 } });
    expect(memoryNote(run.ticks[8]).key).toBe('sims.cg.state.throttled');
    expect(memoryNote(run.ticks[24]).key).toBe('sims.cg.state.oom');
    const chart = memoryChart(run, 25);
    expect(chart.bars).toHaveLength(25);
    expect(chart.bars.filter((b) => b.oom)).toHaveLength(1);
    expect(chart.lines.map((l) => l.label)).toEqual(['memory.high 64M', 'memory.max 96M']);
  });

  it('page cache is reclaimed at memory.high without throttling the heap', () => {
    const run = runMemory('64M', '96M', 'cache');
    if (!run.ok) throw new Error('invalid');
    // 5 s: heap 10 + cache 60 = 70 > 64 → 6 MiB of cache dropped, nothing throttled.
    expect(run.ticks[4]).toMatchObject({ anon: 10 * MiB, file: 54 * MiB, reclaimed: 6 * MiB, throttled: false });
    expect(memoryNote(run.ticks[4])).toEqual({ key: 'sims.cg.state.reclaimed', vars: { mib: 6 } });
    expect(run.ticks.every((t) => t.state === 'running')).toBe(true);
  });

  it('rejects values the kernel would refuse', () => {
    expect(runMemory('lots', '96M', 'leak')).toEqual({ ok: false, invalid: ['high'] });
    expect(runMemory('max', 'max', 'steady').ok).toBe(true);
    expect(runCpu('500 100000', 4)).toEqual({ ok: false });
  });

  it('cpu.max 150000 100000 with 4 busy threads on 4 CPUs: 150 ms used, 250 ms throttled per period', () => {
    const run = runCpu('150000 100000', 4);
    if (!run.ok) throw new Error('invalid');
    expect(run.periods[0]).toMatchObject({ usageUsec: 150_000, throttledUsec: 250_000, throttled: true });
    expect(run.periods.at(-1)!.stat).toEqual({ usage_usec: 1_500_000, nr_periods: 10, nr_throttled: 10, throttled_usec: 2_500_000 });
    const chart = cpuChart(run);
    expect(chart.lanes).toHaveLength(4);
    // Each CPU runs 37.5 ms of the 100 ms period: 150 / 4.
    expect(chart.lanes[0].runs[0].w / (640 / 3)).toBeCloseTo(0.375);
    expect(chart.lanes[0].runs[1].kind).toBe('throttled');
  });
});
