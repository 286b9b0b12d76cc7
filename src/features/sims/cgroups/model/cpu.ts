// The cgroup v2 CPU controller for CPU-bound threads, from Documentation/admin-guide/cgroup-v2.rst
// ("CPU Interface Files", "Weights") and the CFS bandwidth code in kernel/sched/fair.c:
// - cpu.max "$MAX $PERIOD" in microseconds, default "max 100000": the group may run $MAX in each
//   $PERIOD, summed over all CPUs. When the quota runs out every runqueue of the group is throttled
//   until the period ends.
// - cpu.stat: usage_usec; nr_periods (periods with activity); nr_throttled (periods that ended
//   throttled); throttled_usec, which the kernel sums per CPU runqueue (unthrottle_cfs_rq adds each
//   cfs_rq's throttled time), so with k busy CPUs it is k × period − quota per throttled period.
// - cpu.weight in [1, 10000], default 100: under contention active groups share CPUs in proportion
//   to their weights; only groups that can use more take part, so the sharing is work-conserving.
// Simplified: threads are always runnable and spread perfectly over CPUs; no cpu.max.burst, no
// scheduler latency, no per-CPU slice accounting (the kernel hands out quota in 5 ms slices).

export const DEFAULT_CPU_PERIOD_USEC = 100_000;
export const CPU_WEIGHT_DEFAULT = 100;

export type CpuMax = { quotaUsec: number | null; periodUsec: number };

/** Parses cpu.max: "max 100000", "50000 100000", or a single "$MAX" (the period stays 100000). */
export function parseCpuMax(text: string): CpuMax | null {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 1 || parts.length > 2 || parts[0] === '') return null;
  const period = parts.length === 2 ? Number(parts[1]) : DEFAULT_CPU_PERIOD_USEC;
  // Kernel bounds: period 1 ms .. 1 s, quota at least 1 ms (tg_set_cfs_bandwidth).
  if (!Number.isInteger(period) || period < 1_000 || period > 1_000_000) return null;
  if (parts[0] === 'max') return { quotaUsec: null, periodUsec: period };
  const quota = Number(parts[0]);
  if (!Number.isInteger(quota) || quota < 1_000) return null;
  return { quotaUsec: quota, periodUsec: period };
}

export function formatCpuMax(limit: CpuMax): string {
  return `${limit.quotaUsec ?? 'max'} ${limit.periodUsec}`;
}

export type CpuStat = { usage_usec: number; nr_periods: number; nr_throttled: number; throttled_usec: number };

export type CpuPeriod = { index: number; endUsec: number; usageUsec: number; throttled: boolean; throttledUsec: number; stat: CpuStat };

/** N always-runnable threads in one group on a machine with `cpus` CPUs, period by period. */
export function simulateCpuMax(options: { cpuMax: CpuMax; threads: number; cpus: number; periods: number }): CpuPeriod[] {
  const { cpuMax, threads, cpus, periods } = options;
  const busyCpus = Math.min(threads, cpus);
  const capacity = busyCpus * cpuMax.periodUsec;
  const stat: CpuStat = { usage_usec: 0, nr_periods: 0, nr_throttled: 0, throttled_usec: 0 };
  const out: CpuPeriod[] = [];
  for (let index = 0; index < periods; index += 1) {
    const usageUsec = cpuMax.quotaUsec === null ? capacity : Math.min(capacity, cpuMax.quotaUsec);
    const throttled = usageUsec < capacity;
    const throttledUsec = capacity - usageUsec;
    if (busyCpus > 0) stat.nr_periods += cpuMax.quotaUsec === null ? 0 : 1;
    stat.usage_usec += usageUsec;
    if (throttled) {
      stat.nr_throttled += 1;
      stat.throttled_usec += throttledUsec;
    }
    out.push({ index, endUsec: (index + 1) * cpuMax.periodUsec, usageUsec, throttled, throttledUsec, stat: { ...stat } });
  }
  return out;
}

/** cpu.stat as the kernel prints it (user/system split not modelled: all time counts as user). */
export function formatCpuStat(stat: CpuStat): string {
  return [
    `usage_usec ${stat.usage_usec}`,
    `user_usec ${stat.usage_usec}`,
    'system_usec 0',
    `nr_periods ${stat.nr_periods}`,
    `nr_throttled ${stat.nr_throttled}`,
    `throttled_usec ${stat.throttled_usec}`,
  ].join('\n');
}

export type CpuGroup = { name: string; weight: number; threads: number; cpuMax?: CpuMax };

/**
 * CPUs each group gets when all compete for `cpus` CPUs: weight-proportional shares, each capped
 * by its runnable threads and its cpu.max, with what a capped group cannot use handed to the others.
 */
export function shareCpusByWeight(groups: readonly CpuGroup[], cpus: number): Record<string, number> {
  for (const group of groups) {
    if (!Number.isInteger(group.weight) || group.weight < 1 || group.weight > 10_000) {
      throw new RangeError(`cpu.weight of ${group.name} must be an integer in [1, 10000]`);
    }
  }
  const cap = (group: CpuGroup) =>
    Math.min(group.threads, group.cpuMax?.quotaUsec ? group.cpuMax.quotaUsec / group.cpuMax.periodUsec : Infinity);
  const share: Record<string, number> = Object.fromEntries(groups.map((g) => [g.name, 0]));
  let active = groups.filter((g) => cap(g) > 0);
  let left = cpus;
  while (active.length > 0 && left > 1e-12) {
    const totalWeight = active.reduce((sum, g) => sum + g.weight, 0);
    const capped = active.filter((g) => cap(g) - share[g.name] <= (left * g.weight) / totalWeight);
    if (capped.length === 0) {
      for (const g of active) share[g.name] += (left * g.weight) / totalWeight;
      break;
    }
    for (const g of capped) {
      left -= cap(g) - share[g.name];
      share[g.name] = cap(g);
    }
    active = active.filter((g) => !capped.includes(g));
  }
  return share;
}

/** usage_usec each group accumulates over `seconds` of contention. */
export function usageByWeight(groups: readonly CpuGroup[], cpus: number, seconds: number): Record<string, number> {
  const share = shareCpusByWeight(groups, cpus);
  return Object.fromEntries(groups.map((g) => [g.name, Math.round(share[g.name] * seconds * 1_000_000)]));
}
