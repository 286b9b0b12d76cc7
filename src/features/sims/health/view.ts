// Draws a Timeline as SVG (status bands, one lane per probe, restarts) and as a table of events.
// Everything is built with createElementNS/createElement and textContent: no markup from strings.

import type { Band, BandRow, Lane, ProbeMark, Timeline, TimelineEvent } from './model.ts';

export type Say = (key: string, vars?: Record<string, string | number>) => string;

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 820;
const LEFT = 130;
const RIGHT = 12;
const ROW = 30;
const MAX_MARKS = 1500;
const MAX_ROWS = 400;

export const seconds = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(Math.abs(n) < 10 ? 2 : 1).replace(/0+$/, '').replace(/\.$/, ''));

/** A tiny SVG tree: built once, turned into DOM nodes in the browser or escaped text at build time. */
export type SvgNode = { name: string; attrs: Record<string, string | number>; children: SvgNode[]; text?: string };

function el(name: string, attrs: Record<string, string | number>, parent?: SvgNode): SvgNode {
  const node: SvgNode = { name, attrs, children: [] };
  parent?.children.push(node);
  return node;
}

function text(parent: SvgNode, x: number, y: number, content: string, cls: string, anchor = 'start'): SvgNode {
  const node = el('text', { x, y, class: cls, 'text-anchor': anchor }, parent);
  node.text = content;
  return node;
}

function title(parent: SvgNode, content: string): void {
  el('title', {}, parent).text = content;
}

export function toDom(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG, node.name);
  for (const [key, value] of Object.entries(node.attrs)) element.setAttribute(key, String(value));
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children) element.append(toDom(child));
  return element;
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The children of the root as escaped SVG text, for the server-rendered first state. */
export function toSvgMarkup(node: SvgNode): string {
  const inner = (n: SvgNode): string => {
    const attrs = Object.entries(n.attrs).map(([k, v]) => ` ${k}="${escape(String(v))}"`).join('');
    return `<${n.name}${attrs}>${n.text !== undefined ? escape(n.text) : ''}${n.children.map(inner).join('')}</${n.name}>`;
  };
  return node.children.map(inner).join('');
}

function niceStep(until: number): number {
  for (const step of [5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600]) if (until / step <= 10) return step;
  return 7200;
}

export function bandLabel(say: Say, band: Band): string {
  if (band.state === 'running') return say('health.band.running', { n: band.restartCount ?? 0 });
  if (band.state === 'back-off') return say('health.band.backOff', { s: seconds(band.delaySeconds ?? 0) });
  return say(`health.band.${band.state}`);
}

/** The drawing for a timeline; `id` makes the hatch pattern's id unique on the page. */
export function timelineSvg(id: string, timeline: Timeline, say: Say): SvgNode {
  const rows: (BandRow | Lane)[] = [...timeline.bandRows, ...timeline.lanes];
  const height = rows.length * ROW + 46;
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${height}` });
  const span = Math.max(timeline.until, 1);
  const x = (t: number) => LEFT + (Math.min(Math.max(t, 0), span) / span) * (WIDTH - LEFT - RIGHT);
  const rowY = (i: number) => 8 + i * ROW;

  const defs = el('defs', {}, svg);
  const hatch = el('pattern', { id: `${id}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
  el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }, hatch);

  rows.forEach((row, i) => {
    text(svg, LEFT - 8, rowY(i) + ROW / 2 + 4, say(`health.row.${row}`), 'row-label', 'end');
    el('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: rowY(i) + ROW - 2, y2: rowY(i) + ROW - 2, class: 'row-rule' }, svg);
  });

  // Axis with a tick every "nice" number of seconds.
  const axisY = rowY(rows.length) + 6;
  el('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: axisY, y2: axisY, class: 'axis' }, svg);
  const step = niceStep(span);
  for (let t = 0; t <= span + 1e-9; t += step) {
    el('line', { x1: x(t), x2: x(t), y1: axisY, y2: axisY + 5, class: 'axis' }, svg);
    text(svg, x(t), axisY + 18, t >= 60 && t % 60 === 0 ? `${t / 60} min` : `${t} s`, 'tick', 'middle');
  }

  for (const band of timeline.bands) {
    const i = rows.indexOf(band.row);
    const w = Math.max(x(band.to) - x(band.from), 0.5);
    const g = el('g', { class: `band band-${band.state}` }, svg);
    const label = bandLabel(say, band);
    title(g, `${label}: ${seconds(band.from)}–${seconds(band.to)} s`);
    el('rect', { x: x(band.from), y: rowY(i) + 3, width: w, height: ROW - 8, rx: 3 }, g);
    if (['unhealthy', 'not-ready', 'back-off'].includes(band.state)) {
      el('rect', { x: x(band.from), y: rowY(i) + 3, width: w, height: ROW - 8, rx: 3, fill: `url(#${id}-hatch)`, class: 'band-hatch' }, g);
    }
    // Only labels that fit: the table carries every band in words.
    if (w > label.length * 6.4 + 8) text(g, x(band.from) + 5, rowY(i) + ROW / 2 + 3, label, 'band-label');
  }

  for (const event of timeline.events) {
    if (event.kind !== 'restart') continue;
    const g = el('g', { class: 'restart' }, svg);
    title(g, say('health.event.restart', { reason: say(`health.row.${event.reason}`), n: event.restartCount + 1 }));
    el('line', { x1: x(event.t), x2: x(event.t), y1: 4, y2: axisY, class: 'restart-line' }, g);
    text(g, x(event.t) + 3, rowY(timeline.bandRows.length) + 2 + ROW - 4, '↻', 'restart-glyph');
  }

  const marks = timeline.probes.slice(0, MAX_MARKS);
  for (const mark of marks) drawMark(svg, mark, rowY(rows.indexOf(mark.lane)) + ROW / 2 - 1, x, say);
  return svg;
}

export function renderTimelineSvg(svg: SVGSVGElement, timeline: Timeline, say: Say): void {
  const drawing = timelineSvg(svg.id, timeline, say);
  svg.setAttribute('viewBox', String(drawing.attrs.viewBox));
  svg.replaceChildren(...drawing.children.map(toDom));
}

function drawMark(svg: SvgNode, mark: ProbeMark, cy: number, x: (t: number) => number, say: Say): void {
  const g = el('g', { class: `mark mark-${mark.result}${mark.forgiven ? ' mark-forgiven' : ''}` }, svg);
  title(g, markText(say, mark));
  const cx = x(mark.start);
  if (mark.end > mark.start) el('line', { x1: cx, x2: x(mark.end), y1: cy, y2: cy, class: 'mark-duration' }, g);
  if (mark.result === 'ok') el('circle', { cx, cy, r: 5 }, g);
  else if (mark.result === 'fail') el('path', { d: `M${cx - 5},${cy - 5}L${cx + 5},${cy + 5}M${cx + 5},${cy - 5}L${cx - 5},${cy + 5}` }, g);
  else el('rect', { x: x(mark.end) - 5, y: cy - 5, width: 10, height: 10 }, g);
}

export function markText(say: Say, mark: ProbeMark): string {
  const result = say(`health.result.${mark.result}`);
  const base = say('health.event.probe', { lane: say(`health.row.${mark.lane}`), result, t: seconds(mark.start), end: seconds(mark.end) });
  if (mark.forgiven) return `${base} ${say('health.event.forgiven')}`;
  if (mark.streak) return `${base} ${say('health.event.streak', { n: mark.streak })}`;
  return base;
}

export function eventText(say: Say, event: TimelineEvent): [string, string] {
  switch (event.kind) {
    case 'probe':
      return [say(`health.row.${event.mark.lane}`), markText(say, event.mark)];
    case 'status':
      return [say('health.event.statusColumn'), say('health.event.status', { state: say(`health.band.${event.state}`) })];
    case 'restart':
      return [say('health.row.container'), say('health.event.restart', { reason: say(`health.row.${event.reason}`), n: event.restartCount + 1 })];
    case 'back-off':
      return [say('health.row.container'), say('health.event.backOff', { s: seconds(event.delaySeconds), until: seconds(event.until) })];
    case 'started':
      return [say('health.row.container'), say(event.restartCount === 0 ? 'health.event.firstStart' : 'health.event.started', { n: event.restartCount })];
  }
}

export function renderEventTable(tbody: HTMLTableSectionElement, timeline: Timeline, say: Say, note: HTMLElement | null): void {
  const rows = timeline.events.slice(0, MAX_ROWS).map((event) => {
    const tr = document.createElement('tr');
    const [what, detail] = eventText(say, event);
    for (const value of [seconds(event.t), what, detail]) {
      const td = document.createElement('td');
      td.textContent = value;
      tr.append(td);
    }
    return tr;
  });
  tbody.replaceChildren(...rows);
  if (note) note.textContent = timeline.events.length > MAX_ROWS ? say('health.tableCapped', { shown: MAX_ROWS, total: timeline.events.length }) : '';
}

/** One line that sums the run up in words (status at the end, restarts). */
export function summaryText(say: Say, timeline: Timeline): string {
  const last = (row: BandRow) => timeline.bands.filter((b) => b.row === row).at(-1);
  if (timeline.mode === 'docker') {
    const end = last('health');
    const unhealthy = timeline.events.find((e) => e.kind === 'status' && e.state === 'unhealthy');
    return say('health.summary.docker', {
      state: say(`health.band.${end?.state ?? 'starting'}`),
      t: Math.floor(timeline.until),
      unhealthy: unhealthy ? say('health.summary.unhealthyAt', { t: seconds(unhealthy.t) }) : say('health.summary.neverUnhealthy'),
    });
  }
  const ready = timeline.events.find((e) => e.kind === 'status' && e.state === 'ready');
  const pod = last('pod');
  const container = last('container');
  return say('health.summary.kubernetes', {
    t: Math.floor(timeline.until),
    state: container ? bandLabel(say, container) : '',
    pod: say(`health.band.${pod?.state ?? 'not-ready'}`),
    restarts: timeline.events.filter((e) => e.kind === 'restart').length,
    ready: ready ? say('health.summary.readyAt', { t: seconds(ready.t) }) : say('health.summary.neverReady'),
  });
}
