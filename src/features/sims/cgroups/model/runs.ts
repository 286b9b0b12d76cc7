// The cgroup limits island's data: workloads for memory.ts, CPU lanes for
// cpu.ts, and chart geometry shared by the build-time render and the browser.
import { parseMemoryLimit, simulateMemoryCgroup, type MemoryDemand, type MemoryTick } from './memory.ts';
import { parseCpuMax, simulateCpuMax, type CpuMax, type CpuPeriod } from './cpu.ts';

export const MiB = 1024 * 1024;
export const MEMORY_TICKS = 32;
export const CPU_PERIODS = 10;
export const MACHINE_CPUS = 4;

export const WORKLOADS: Record<string, (t: number) => MemoryDemand> = {
  leak: () => ({ anon: 8 * MiB, file: 0 }),
  cache: () => ({ anon: 2 * MiB, file: 12 * MiB }),
  steady: (t) => ({ anon: t <= 6 ? 8 * MiB : 0, file: 0 }),
};
export const WORKLOAD_IDS = Object.keys(WORKLOADS) as ('leak' | 'cache' | 'steady')[];

export const DEFAULT_MEMORY = { high: '64M', max: '96M', workload: 'leak' } as const;
export const DEFAULT_CPU = { cpuMax: '150000 100000', threads: 4 } as const;

export type MemoryRun = { ok: true; ticks: MemoryTick[]; high: number; max: number } | { ok: false; invalid: ('high' | 'max')[] };

export function runMemory(highText: string, maxText: string, workload: string): MemoryRun {
  const high = parseMemoryLimit(highText);
  const max = parseMemoryLimit(maxText);
  const invalid = [...(high === null ? ['high' as const] : []), ...(max === null ? ['max' as const] : [])];
  if (high === null || max === null) return { ok: false, invalid };
  const ticks = simulateMemoryCgroup({ limits: { high, max }, demand: WORKLOADS[workload] ?? WORKLOADS.leak, ticks: MEMORY_TICKS });
  return { ok: true, ticks, high, max };
}

export type MemoryNote = { key: 'sims.cg.state.oom' | 'sims.cg.state.throttled' | 'sims.cg.state.reclaimed' | 'sims.cg.state.running'; vars: Record<string, number> };

/** What to say about one tick: the OOM kill, throttling above high, reclaim, or just running. */
export function memoryNote(tick: MemoryTick): MemoryNote {
  if (tick.state === 'oom-killed') return { key: 'sims.cg.state.oom', vars: {} };
  if (tick.throttled) return { key: 'sims.cg.state.throttled', vars: {} };
  if (tick.reclaimed > 0) return { key: 'sims.cg.state.reclaimed', vars: { mib: round1(tick.reclaimed / MiB) } };
  return { key: 'sims.cg.state.running', vars: {} };
}

export const round1 = (value: number) => Math.round(value * 10) / 10;

export type MemoryChart = {
  width: number;
  height: number;
  bars: { x: number; w: number; anonY: number; anonH: number; fileY: number; fileH: number; oom: boolean }[];
  lines: { y: number; label: string; kind: 'high' | 'max' }[];
};

/** Bars for ticks 1..shown, on a scale that always fits memory.max (or the peak when max is "max"). */
export function memoryChart(run: Extract<MemoryRun, { ok: true }>, shown: number): MemoryChart {
  const width = 640;
  const height = 220;
  const top = 14;
  const peak = Math.max(...run.ticks.map((t) => t.current), 1);
  const finite = [run.high, run.max].filter(Number.isFinite);
  const yMax = Math.max(peak, ...finite) * 1.08;
  const y = (bytes: number) => top + (height - top) * (1 - bytes / yMax);
  const slot = width / MEMORY_TICKS;
  const bars = run.ticks.slice(0, shown).map((tick, i) => {
    const anonY = y(tick.anon);
    const fileY = y(tick.anon + tick.file);
    return { x: i * slot + 1, w: slot - 2, anonY, anonH: height - anonY, fileY, fileH: anonY - fileY, oom: tick.state === 'oom-killed' && (i === 0 || run.ticks[i - 1].state !== 'oom-killed') };
  });
  const lines: MemoryChart['lines'] = [];
  if (Number.isFinite(run.high)) lines.push({ y: y(run.high), label: `memory.high ${round1(run.high / MiB)}M`, kind: 'high' });
  if (Number.isFinite(run.max)) lines.push({ y: y(run.max), label: `memory.max ${round1(run.max / MiB)}M`, kind: 'max' });
  return { width, height, bars, lines };
}

export type CpuRun = { ok: true; cpuMax: CpuMax; periods: CpuPeriod[]; busy: number } | { ok: false };

export function runCpu(cpuMaxText: string, threads: number): CpuRun {
  const cpuMax = parseCpuMax(cpuMaxText);
  if (!cpuMax) return { ok: false };
  const periods = simulateCpuMax({ cpuMax, threads, cpus: MACHINE_CPUS, periods: CPU_PERIODS });
  return { ok: true, cpuMax, periods, busy: Math.min(threads, MACHINE_CPUS) };
}

export type CpuChart = { width: number; height: number; lanes: { y: number; h: number; runs: { x: number; w: number; kind: 'run' | 'throttled' }[] }[] };

/** Three periods, one lane per busy CPU: each lane runs quota ÷ busy CPUs, then waits for the next period. */
export function cpuChart(run: Extract<CpuRun, { ok: true }>): CpuChart {
  const width = 640;
  const laneH = 22;
  const shownPeriods = 3;
  const periodW = width / shownPeriods;
  const { quotaUsec, periodUsec } = run.cpuMax;
  const fraction = quotaUsec === null ? 1 : Math.min(1, quotaUsec / (run.busy * periodUsec));
  const lanes = Array.from({ length: run.busy }, (_, lane) => ({
    y: lane * (laneH + 6),
    h: laneH,
    runs: Array.from({ length: shownPeriods }, (_, p) => [
      { x: p * periodW, w: periodW * fraction, kind: 'run' as const },
      ...(fraction < 1 ? [{ x: p * periodW + periodW * fraction, w: periodW * (1 - fraction), kind: 'throttled' as const }] : []),
    ]).flat(),
  }));
  return { width, height: Math.max(run.busy, 1) * (laneH + 6), lanes };
}
