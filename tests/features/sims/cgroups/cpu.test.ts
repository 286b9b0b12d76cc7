import { describe, expect, it } from 'vitest';
import {
  formatCpuMax,
  formatCpuStat,
  parseCpuMax,
  shareCpusByWeight,
  simulateCpuMax,
  usageByWeight,
} from '../../../../src/features/sims/cgroups/model/cpu.ts';

// Documentation/admin-guide/cgroup-v2.rst: cpu.max ("$MAX $PERIOD", default "max 100000",
// microseconds), cpu.stat, cpu.weight ([1, 10000], default 100, work-conserving weights);
// kernel/sched/fair.c unthrottle_cfs_rq (throttled time summed per CPU runqueue). Numbers by hand.

describe('cgroup v2 cpu.max and cpu.stat', () => {
  it('parses and prints cpu.max', () => {
    expect(parseCpuMax('max 100000')).toEqual({ quotaUsec: null, periodUsec: 100_000 });
    expect(parseCpuMax('50000 100000')).toEqual({ quotaUsec: 50_000, periodUsec: 100_000 });
    expect(parseCpuMax('150000')).toEqual({ quotaUsec: 150_000, periodUsec: 100_000 });
    expect(parseCpuMax('500 100000')).toBeNull(); // quota below 1 ms
    expect(parseCpuMax('50000 0')).toBeNull();
    expect(parseCpuMax('half a cpu')).toBeNull();
    expect(formatCpuMax({ quotaUsec: null, periodUsec: 100_000 })).toBe('max 100000');
  });

  it('"50000 100000" holds one busy thread to half a CPU: throttled 50 ms in every 100 ms period', () => {
    const periods = simulateCpuMax({ cpuMax: parseCpuMax('50000 100000')!, threads: 1, cpus: 4, periods: 10 });
    expect(periods[0]).toMatchObject({ usageUsec: 50_000, throttled: true, throttledUsec: 50_000 });
    expect(periods[9].stat).toEqual({ usage_usec: 500_000, nr_periods: 10, nr_throttled: 10, throttled_usec: 500_000 });
    expect(formatCpuStat(periods[9].stat)).toBe(
      'usage_usec 500000\nuser_usec 500000\nsystem_usec 0\nnr_periods 10\nnr_throttled 10\nthrottled_usec 500000',
    );
  });

  it('spends a 2-CPU quota in 50 ms with 4 threads on 4 CPUs; throttled_usec counts each CPU (4 × 100 ms − 200 ms)', () => {
    const periods = simulateCpuMax({ cpuMax: parseCpuMax('200000 100000')!, threads: 4, cpus: 4, periods: 10 });
    expect(periods[0]).toMatchObject({ usageUsec: 200_000, throttledUsec: 200_000 });
    expect(periods[9].stat).toEqual({ usage_usec: 2_000_000, nr_periods: 10, nr_throttled: 10, throttled_usec: 2_000_000 });
  });

  it('never throttles a group that cannot reach its quota, and counts no periods without a limit', () => {
    const underQuota = simulateCpuMax({ cpuMax: parseCpuMax('200000 100000')!, threads: 1, cpus: 4, periods: 10 });
    expect(underQuota[9].stat).toEqual({ usage_usec: 1_000_000, nr_periods: 10, nr_throttled: 0, throttled_usec: 0 });
    const unlimited = simulateCpuMax({ cpuMax: parseCpuMax('max 100000')!, threads: 2, cpus: 4, periods: 10 });
    expect(unlimited[9].stat).toEqual({ usage_usec: 2_000_000, nr_periods: 0, nr_throttled: 0, throttled_usec: 0 });
  });
});

describe('cgroup v2 cpu.weight under contention', () => {
  it('splits 2 CPUs 2:1 between weights 200 and 100 (3 s → 4 s and 2 s of CPU time)', () => {
    const groups = [
      { name: 'web', weight: 200, threads: 4 },
      { name: 'batch', weight: 100, threads: 4 },
    ];
    const share = shareCpusByWeight(groups, 2);
    expect(share.web).toBeCloseTo(4 / 3, 12);
    expect(share.batch).toBeCloseTo(2 / 3, 12);
    expect(usageByWeight(groups, 2, 3)).toEqual({ web: 4_000_000, batch: 2_000_000 });
    expect(shareCpusByWeight([{ name: 'a', weight: 100, threads: 8 }, { name: 'b', weight: 100, threads: 8 }], 4)).toEqual({ a: 2, b: 2 });
  });

  it('is work-conserving: what a one-thread group cannot use goes to the other group', () => {
    // Weight 300 vs 100 on 4 CPUs would be 3 : 1, but "web" has one thread → 1 CPU; "batch" gets 3.
    const groups = [
      { name: 'web', weight: 300, threads: 1 },
      { name: 'batch', weight: 100, threads: 4 },
    ];
    expect(shareCpusByWeight(groups, 4)).toEqual({ web: 1, batch: 3 });
  });

  it('lets cpu.max cap a group even when CPUs sit idle (a limit is not a weight)', () => {
    const groups = [
      { name: 'web', weight: 300, threads: 1 },
      { name: 'batch', weight: 100, threads: 4, cpuMax: parseCpuMax('100000 100000')! },
    ];
    expect(shareCpusByWeight(groups, 4)).toEqual({ web: 1, batch: 1 });
  });

  it('rejects weights outside [1, 10000]', () => {
    expect(() => shareCpusByWeight([{ name: 'x', weight: 0, threads: 1 }], 1)).toThrow(RangeError);
    expect(() => shareCpusByWeight([{ name: 'x', weight: 10_001, threads: 1 }], 1)).toThrow(RangeError);
  });
});
