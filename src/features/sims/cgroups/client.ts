// The interactive part of <cgroup-limits>: tabs, the memory player (play/step/reset) and the cpu.max chart, redrawn
// with the same view.ts functions that drew the first state.
import { draw, part } from '../../../ui/dom.ts';
import type { Island } from '../../../ui/island.ts';
import type { Translate } from '../../../ui/strings.ts';
import { MEMORY_TICKS, runCpu, runMemory, type MemoryRun } from './model/runs.ts';
import { cpuRows, cpuShapes, cpuStat, cpuSummary, cpuViewBox, memoryReadout, memoryRows, memoryShapes } from './view.ts';

const PLAY_INTERVAL_MS = 450;

export function start({ host, t }: Island): void {
  startTabs(host);
  startMemory(host, t);
  startCpu(host, t);
}

const cg = <E extends Element = HTMLElement>(root: ParentNode, name: string) => part<E>(root, `[data-cg="${name}"]`);

/** Click, or arrow keys / Home / End on the tab list (WAI-ARIA tabs pattern). */
function startTabs(root: HTMLElement): void {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      part(root, `[data-cg-panel="${other.dataset.cgTab}"]`).hidden = !selected;
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
}

function startMemory(root: HTMLElement, t: Translate): void {
  const high = cg<HTMLInputElement>(root, 'high');
  const max = cg<HTMLInputElement>(root, 'max');
  const workload = cg<HTMLSelectElement>(root, 'workload');
  const play = cg<HTMLButtonElement>(root, 'play');
  let run: MemoryRun = runMemory(high.value, max.value, workload.value);
  let shown = MEMORY_TICKS;
  let timer: ReturnType<typeof setInterval> | undefined;

  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = t('sims.cg.play');
  };

  const redraw = () => {
    high.setAttribute('aria-invalid', String(!run.ok && run.invalid.includes('high')));
    max.setAttribute('aria-invalid', String(!run.ok && run.invalid.includes('max')));
    cg(root, 'mem-invalid').hidden = run.ok;
    if (!run.ok) return;
    draw(cg(root, 'mem-chart'), ...memoryShapes(run, shown));
    const readout = memoryReadout(run.ticks[shown - 1], t);
    cg(root, 'mem-now').textContent = readout.now;
    cg(root, 'mem-state').textContent = readout.state;
    cg(root, 'mem-events').textContent = readout.events;
    draw(cg(root, 'mem-table'), ...memoryRows(run, shown, t));
  };

  const oomKilledNow = () => run.ok && run.ticks[shown - 1].state === 'oom-killed' && run.ticks[shown - 2]?.state !== 'oom-killed';
  const step = () => {
    if (shown >= MEMORY_TICKS) shown = 0;
    shown += 1;
    redraw();
    if (shown >= MEMORY_TICKS || oomKilledNow()) stop();
  };

  const rerun = () => {
    stop();
    run = runMemory(high.value, max.value, workload.value);
    shown = 0;
    redraw();
  };
  high.addEventListener('input', rerun);
  max.addEventListener('input', rerun);
  workload.addEventListener('change', rerun);
  cg(root, 'step').addEventListener('click', () => {
    stop();
    step();
  });
  cg(root, 'reset').addEventListener('click', rerun);
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    if (!run.ok) return;
    if (shown >= MEMORY_TICKS) shown = 0;
    play.textContent = t('sims.cg.pause');
    timer = setInterval(step, PLAY_INTERVAL_MS);
    step();
  });
  redraw();
}

function startCpu(root: HTMLElement, t: Translate): void {
  const cpuMax = cg<HTMLInputElement>(root, 'cpumax');
  const threads = cg<HTMLInputElement>(root, 'threads');
  const redraw = () => {
    const count = Math.min(8, Math.max(1, Math.round(Number(threads.value)) || 1));
    const run = runCpu(cpuMax.value, count);
    cpuMax.setAttribute('aria-invalid', String(!run.ok));
    cg(root, 'cpu-invalid').hidden = run.ok;
    if (!run.ok) return;
    cg(root, 'cpu-summary').textContent = cpuSummary(run, t);
    const chart = cg<SVGSVGElement>(root, 'cpu-chart');
    chart.setAttribute('viewBox', cpuViewBox(run));
    draw(chart, ...cpuShapes(run));
    cg(root, 'cpu-stat').textContent = cpuStat(run);
    draw(cg(root, 'cpu-table'), ...cpuRows(run, t));
  };
  cpuMax.addEventListener('input', redraw);
  threads.addEventListener('input', redraw);
  redraw();
}
