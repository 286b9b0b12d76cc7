// The interactive part of <cgroup-limits>: tabs, the memory player (play/step/reset) and the cpu.max
// chart, redrawn with createElement/createElementNS and textContent only.
import { formatMemoryEvents } from './model/memory.ts';
import { formatCpuStat } from './model/cpu.ts';
import { cpuChart, MEMORY_TICKS, memoryChart, memoryNote, MiB, round1, runCpu, runMemory, type MemoryRun } from './model/runs.ts';
import { fill, type CgStrings } from './strings.ts';

const SVG = 'http://www.w3.org/2000/svg';
const PLAY_INTERVAL_MS = 450;

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function row(cells: string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = document.createElement('td');
    td.textContent = cell;
    tr.append(td);
  }
  return tr;
}

export function startCgroupLimits(root: HTMLElement): void {
  const s = JSON.parse(root.dataset.strings!) as CgStrings;
  const part = <T extends Element>(name: string) => root.querySelector<T>(`[data-cg="${name}"]`)!;

  // Tabs: click, or arrow keys / Home / End on the tab list (WAI-ARIA tabs pattern).
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      root.querySelector<HTMLElement>(`[data-cg-panel="${other.dataset.cgTab}"]`)!.hidden = !selected;
    }
    if (focus) tab.focus();
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(tab);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(tabs[(next + tabs.length) % tabs.length], true);
    });
  }

  // Memory.
  const high = part<HTMLInputElement>('high');
  const max = part<HTMLInputElement>('max');
  const workload = part<HTMLSelectElement>('workload');
  const play = part<HTMLButtonElement>('play');
  let run: MemoryRun = runMemory(high.value, max.value, workload.value);
  let shown = MEMORY_TICKS;
  let timer: ReturnType<typeof setInterval> | undefined;

  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = s['sims.cg.play'];
  };

  const drawMemory = () => {
    high.setAttribute('aria-invalid', String(!run.ok && run.invalid.includes('high')));
    max.setAttribute('aria-invalid', String(!run.ok && run.invalid.includes('max')));
    part<HTMLElement>('mem-invalid').hidden = run.ok;
    if (!run.ok) return;
    const chart = memoryChart(run, shown);
    const nodes: SVGElement[] = [];
    for (const b of chart.bars) {
      nodes.push(svg('rect', { class: 'cg-anon', x: b.x, y: b.anonY, width: b.w, height: b.anonH }));
      nodes.push(svg('rect', { class: 'cg-file', x: b.x, y: b.fileY, width: b.w, height: b.fileH }));
      if (b.oom) nodes.push(svg('text', { class: 'cg-oom', x: b.x + b.w / 2, y: chart.height - 4, 'text-anchor': 'middle' }, '✕'));
    }
    for (const l of chart.lines) {
      const g = svg('g', { class: `cg-line cg-line-${l.kind}` });
      g.append(svg('line', { x1: 0, x2: chart.width, y1: l.y, y2: l.y }), svg('text', { x: 4, y: l.y - 3 }, l.label));
      nodes.push(g);
    }
    part('mem-chart').replaceChildren(...nodes);
    const tick = run.ticks[shown - 1];
    if (tick) {
      const note = memoryNote(tick);
      part('mem-now').textContent = fill(s['sims.cg.now'], { t: tick.t, current: round1(tick.current / MiB), anon: round1(tick.anon / MiB), file: round1(tick.file / MiB) });
      part('mem-state').textContent = fill(s[note.key], note.vars);
      part('mem-events').textContent = formatMemoryEvents(tick.events);
    } else {
      part('mem-now').textContent = fill(s['sims.cg.now'], { t: 0, current: 0, anon: 0, file: 0 });
      part('mem-state').textContent = s['sims.cg.state.running'];
      part('mem-events').textContent = formatMemoryEvents({ high: 0, max: 0, oom: 0, oom_kill: 0 });
    }
    const ticks = run.ticks;
    part('mem-table').replaceChildren(
      ...ticks.slice(0, shown).map((t) => {
        const note = memoryNote(t);
        return row([String(t.t), String(round1(t.anon / MiB)), String(round1(t.file / MiB)), String(round1(t.current / MiB)), fill(s[note.key], note.vars), `${t.events.high} / ${t.events.max} / ${t.events.oom} / ${t.events.oom_kill}`]);
      }),
    );
  };

  const step = () => {
    if (shown >= MEMORY_TICKS) shown = 0;
    shown += 1;
    drawMemory();
    if (shown >= MEMORY_TICKS || (run.ok && run.ticks[shown - 1].state === 'oom-killed' && run.ticks[shown - 2]?.state !== 'oom-killed')) stop();
  };

  const rerun = () => {
    stop();
    run = runMemory(high.value, max.value, workload.value);
    shown = 0;
    drawMemory();
  };
  high.addEventListener('input', rerun);
  max.addEventListener('input', rerun);
  workload.addEventListener('change', rerun);
  part('step').addEventListener('click', () => {
    stop();
    step();
  });
  part('reset').addEventListener('click', rerun);
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    if (!run.ok) return;
    if (shown >= MEMORY_TICKS) shown = 0;
    play.textContent = s['sims.cg.pause'];
    timer = setInterval(step, PLAY_INTERVAL_MS);
    step();
  });

  // CPU.
  const cpuMax = part<HTMLInputElement>('cpumax');
  const threads = part<HTMLInputElement>('threads');
  const drawCpu = () => {
    const count = Math.min(8, Math.max(1, Math.round(Number(threads.value)) || 1));
    const result = runCpu(cpuMax.value, count);
    cpuMax.setAttribute('aria-invalid', String(!result.ok));
    part<HTMLElement>('cpu-invalid').hidden = result.ok;
    if (!result.ok) return;
    const first = result.periods[0];
    const ms = (usec: number) => round1(usec / 1000);
    part('cpu-summary').textContent =
      result.cpuMax.quotaUsec === null
        ? fill(s['sims.cg.cpuUnlimited'], { busy: result.busy })
        : fill(s['sims.cg.cpuSummary'], { period: ms(result.cpuMax.periodUsec), used: ms(first.usageUsec), throttled: ms(first.throttledUsec), busy: result.busy, share: round1(first.usageUsec / result.cpuMax.periodUsec) });
    const chart = cpuChart(result);
    const svgRoot = part<SVGSVGElement>('cpu-chart');
    svgRoot.setAttribute('viewBox', `0 0 ${chart.width} ${chart.height}`);
    svgRoot.replaceChildren(...chart.lanes.flatMap((lane) => lane.runs.map((r) => svg('rect', { class: `cg-${r.kind}`, x: r.x + 1, y: lane.y, width: Math.max(r.w - 2, 0), height: lane.h }))));
    part('cpu-stat').textContent = formatCpuStat(result.periods.at(-1)!.stat);
    part('cpu-table').replaceChildren(...result.periods.map((p) => row([String(p.index + 1), String(ms(p.usageUsec)), String(ms(p.throttledUsec)), p.throttled ? s['sims.cg.yes'] : s['sims.cg.no']])));
  };
  cpuMax.addEventListener('input', drawCpu);
  threads.addEventListener('input', drawCpu);
  drawCpu();
  drawMemory();
}
