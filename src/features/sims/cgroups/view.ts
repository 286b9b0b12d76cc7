// What <cgroup-limits> draws from a run: the chart shapes, the readouts and the table rows. CgroupLimits.astro
// renders the first state with these functions and client.ts redraws with them, so both always agree.
import { h, type View } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import { formatCpuStat } from './model/cpu.ts';
import { formatMemoryEvents, type MemoryTick } from './model/memory.ts';
import { cpuChart, memoryChart, memoryNote, MiB, round1, type CpuRun, type MemoryRun } from './model/runs.ts';

type MemoryOk = Extract<MemoryRun, { ok: true }>;
type CpuOk = Extract<CpuRun, { ok: true }>;

const mib = (bytes: number) => round1(bytes / MiB);
const ms = (usec: number) => round1(usec / 1000);
const cells = (...texts: (string | number)[]) => texts.map((text) => h('td', {}, text));

/** Ticks 1..shown as stacked bars (heap, page cache), an ✕ at the OOM kill, and the memory.high / memory.max lines. */
export function memoryShapes(run: MemoryOk, shown: number): View[] {
  const chart = memoryChart(run, shown);
  const bars = chart.bars.flatMap((bar) => [
    h('rect', { class: 'cg-anon', x: bar.x, y: bar.anonY, width: bar.w, height: bar.anonH }),
    h('rect', { class: 'cg-file', x: bar.x, y: bar.fileY, width: bar.w, height: bar.fileH }),
    ...(bar.oom ? [h('text', { class: 'cg-oom', x: bar.x + bar.w / 2, y: chart.height - 4, 'text-anchor': 'middle' }, '✕')] : []),
  ]);
  const lines = chart.lines.map((line) =>
    h('g', { class: `cg-line cg-line-${line.kind}` },
      h('line', { x1: 0, x2: chart.width, y1: line.y, y2: line.y }),
      h('text', { x: 4, y: line.y - 3 }, line.label)),
  );
  return [...bars, ...lines];
}

export function memoryViewBox(run: MemoryOk): string {
  const { width, height } = memoryChart(run, 0);
  return `0 0 ${width} ${height}`;
}

/** The readout under the chart for the last shown tick (before the first tick: an empty cgroup). */
export function memoryReadout(tick: MemoryTick | undefined, t: Translate): { now: string; state: string; events: string } {
  if (!tick) {
    return {
      now: t('sims.cg.now', { t: 0, current: 0, anon: 0, file: 0 }),
      state: t('sims.cg.state.running'),
      events: formatMemoryEvents({ high: 0, max: 0, oom: 0, oom_kill: 0 }),
    };
  }
  const note = memoryNote(tick);
  return {
    now: t('sims.cg.now', { t: tick.t, current: mib(tick.current), anon: mib(tick.anon), file: mib(tick.file) }),
    state: t(note.key, note.vars),
    events: formatMemoryEvents(tick.events),
  };
}

export function memoryRows(run: MemoryOk, shown: number, t: Translate): View[] {
  return run.ticks.slice(0, shown).map((tick) => {
    const note = memoryNote(tick);
    const { high, max, oom, oom_kill } = tick.events;
    return h('tr', {}, ...cells(tick.t, mib(tick.anon), mib(tick.file), mib(tick.current), t(note.key, note.vars), `${high} / ${max} / ${oom} / ${oom_kill}`));
  });
}

export function cpuSummary(run: CpuOk, t: Translate): string {
  const { periodUsec, quotaUsec } = run.cpuMax;
  if (quotaUsec === null) return t('sims.cg.cpuUnlimited', { busy: run.busy });
  const first = run.periods[0];
  return t('sims.cg.cpuSummary', {
    period: ms(periodUsec), used: ms(first.usageUsec), throttled: ms(first.throttledUsec), busy: run.busy, share: round1(first.usageUsec / periodUsec),
  });
}

/** One lane per busy CPU over three periods: running, then throttled until the next period. */
export function cpuShapes(run: CpuOk): View[] {
  return cpuChart(run).lanes.flatMap((lane) =>
    lane.runs.map((slice) => h('rect', { class: `cg-${slice.kind}`, x: slice.x + 1, y: lane.y, width: Math.max(slice.w - 2, 0), height: lane.h })),
  );
}

export function cpuViewBox(run: CpuOk): string {
  const { width, height } = cpuChart(run);
  return `0 0 ${width} ${height}`;
}

export const cpuStat = (run: CpuOk) => formatCpuStat(run.periods.at(-1)!.stat);

export function cpuRows(run: CpuOk, t: Translate): View[] {
  return run.periods.map((period) =>
    h('tr', {}, ...cells(period.index + 1, ms(period.usageUsec), ms(period.throttledUsec), t(period.throttled ? 'sims.cg.yes' : 'sims.cg.no'))),
  );
}
