// A cgroup v2 memory controller for one workload, stepped tick by tick. Semantics from
// Documentation/admin-guide/cgroup-v2.rst (memory.high, memory.max, memory.events):
// - memory.high: above it "the processes of the cgroup are throttled and put under heavy reclaim
//   pressure"; going over it never invokes the OOM killer. memory.events `high` counts those times.
// - memory.max: the hard limit. `max` counts each time usage was about to go over it; if reclaim
//   cannot make room, `oom` counts the failing charge and the OOM killer kills a process (`oom_kill`).
// Model: usage = anonymous memory (not reclaimable: no swap) + page cache (reclaimable at once).
// Above memory.high the kernel first drops page cache; if usage still stays above, the tick's
// anonymous allocation runs at `allocationSpeedAboveHigh` of its speed (a teaching knob standing in
// for the kernel's reclaim/sleep penalty in mem_cgroup_handle_over_high). Counters move once per
// tick, not once per page charge. The single workload process is the OOM victim.

export const PAGE_SIZE = 4096;

export type MemoryLimits = { high: number; max: number };

/** Parses memory.high / memory.max as the kernel does: "max", or bytes with optional K/M/G/T suffix, rounded down to pages. */
export function parseMemoryLimit(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === 'max') return Infinity;
  const match = /^(\d+)([kKmMgGtT]?)$/.exec(trimmed);
  if (!match) return null;
  const shift = { '': 0, k: 10, m: 20, g: 30, t: 40 }[match[2].toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  const bytes = Number(match[1]) * 2 ** shift;
  return Math.floor(bytes / PAGE_SIZE) * PAGE_SIZE;
}

export type MemoryEvents = { high: number; max: number; oom: number; oom_kill: number };

/** Bytes the workload wants to add during one tick (negative frees). */
export type MemoryDemand = { anon: number; file: number };

export type MemoryTick = {
  t: number;
  anon: number;
  file: number;
  /** memory.current */
  current: number;
  reclaimed: number;
  throttled: boolean;
  events: MemoryEvents;
  state: 'running' | 'oom-killed';
};

export type MemoryWorkload = {
  limits: MemoryLimits;
  /** Demand for the tick ending at `t` (t = 1, 2, … × tickSeconds). */
  demand: (t: number) => MemoryDemand;
  ticks: number;
  tickSeconds?: number;
  allocationSpeedAboveHigh?: number;
};

export function simulateMemoryCgroup(workload: MemoryWorkload): MemoryTick[] {
  const { limits, demand, ticks } = workload;
  const tickSeconds = workload.tickSeconds ?? 1;
  const slowdown = workload.allocationSpeedAboveHigh ?? 0.25;
  const events: MemoryEvents = { high: 0, max: 0, oom: 0, oom_kill: 0 };
  let anon = 0;
  let file = 0;
  let state: MemoryTick['state'] = 'running';
  const out: MemoryTick[] = [];

  for (let tick = 1; tick <= ticks; tick += 1) {
    const t = tick * tickSeconds;
    let reclaimed = 0;
    let throttled = false;
    if (state === 'running') {
      const want = demand(t);
      let newAnon = Math.max(0, anon + want.anon);
      let newFile = Math.max(0, file + want.file);
      const reclaim = (target: number) => {
        const drop = Math.min(newFile, Math.max(0, newAnon + newFile - target));
        newFile -= drop;
        reclaimed += drop;
      };
      if (newAnon + newFile > limits.high) {
        events.high += 1;
        reclaim(limits.high);
        if (newAnon + newFile > limits.high && want.anon > 0) {
          throttled = true;
          newAnon = anon + want.anon * slowdown;
        }
      }
      if (newAnon + newFile > limits.max) {
        events.max += 1;
        reclaim(limits.max);
        if (newAnon + newFile > limits.max) {
          events.oom += 1;
          events.oom_kill += 1;
          state = 'oom-killed';
          newAnon = 0; // the victim's anonymous memory is freed; its page cache stays charged
        }
      }
      anon = newAnon;
      file = newFile;
    }
    out.push({ t, anon, file, current: anon + file, reclaimed, throttled, events: { ...events }, state });
  }
  return out;
}

/** memory.events as the kernel prints it (low is always 0 here: memory.low is not modelled). */
export function formatMemoryEvents(events: MemoryEvents): string {
  return `low 0\nhigh ${events.high}\nmax ${events.max}\noom ${events.oom}\noom_kill ${events.oom_kill}\n`;
}
