// The parts of the timeline that change as the learner plays, as render descriptions (src/ui/dom.ts): the drawing
// (status bands, one lane per probe, restarts), the rows of its event table and a challenge's criteria. The Astro
// components render them at build time, the client redraws them with the same functions.
import { h, type View } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { Criterion } from './model/challenges.ts';
import type { BandRow, Lane, ProbeMark, Timeline } from './model/timeline.ts';
import { bandLabel, eventText, markText, restartText, seconds } from './timeline-text.ts';

const WIDTH = 820;
const LEFT = 130;
const RIGHT = 12;
const ROW = 30;
const MAX_MARKS = 1500;
const MAX_ROWS = 400;
const HATCHED = ['unhealthy', 'not-ready', 'back-off'];

function niceStep(until: number): number {
  for (const step of [5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600]) if (until / step <= 10) return step;
  return 7200;
}

const label = (x: number, y: number, content: string, cls: string, anchor = 'start') => h('text', { x, y, class: cls, 'text-anchor': anchor }, content);

/** The drawing of a timeline; `id` is the svg's id, and makes its hatch pattern's id unique on the page. */
export function timelineSvg(id: string, timeline: Timeline, t: Translate): View {
  const rows: (BandRow | Lane)[] = [...timeline.bandRows, ...timeline.lanes];
  const height = rows.length * ROW + 46;
  const span = Math.max(timeline.until, 1);
  const x = (time: number) => LEFT + (Math.min(Math.max(time, 0), span) / span) * (WIDTH - LEFT - RIGHT);
  const rowY = (i: number) => 8 + i * ROW;
  const axisY = rowY(rows.length) + 6;
  const step = niceStep(span);
  const ticks: number[] = [];
  for (let time = 0; time <= span + 1e-9; time += step) ticks.push(time);

  const bands = timeline.bands.map((band) => {
    const y = rowY(rows.indexOf(band.row)) + 3;
    const width = Math.max(x(band.to) - x(band.from), 0.5);
    const text = bandLabel(t, band);
    return h('g', { class: `band band-${band.state}` },
      h('title', {}, `${text}: ${seconds(band.from)}–${seconds(band.to)} s`),
      h('rect', { x: x(band.from), y, width, height: ROW - 8, rx: 3 }),
      HATCHED.includes(band.state) && h('rect', { x: x(band.from), y, width, height: ROW - 8, rx: 3, fill: `url(#${id}-hatch)`, class: 'band-hatch' }),
      // Only labels that fit: the table carries every band in words.
      width > text.length * 6.4 + 8 && label(x(band.from) + 5, y + ROW / 2, text, 'band-label'));
  });

  const restarts = timeline.events.flatMap((event) => (event.kind !== 'restart' ? [] : [
    h('g', { class: 'restart' },
      h('title', {}, restartText(t, event)),
      h('line', { x1: x(event.t), x2: x(event.t), y1: 4, y2: axisY, class: 'restart-line' }),
      label(x(event.t) + 3, rowY(timeline.bandRows.length) + 2 + ROW - 4, '↻', 'restart-glyph')),
  ]));

  const marks = timeline.probes.slice(0, MAX_MARKS).map((mark) => markView(mark, rowY(rows.indexOf(mark.lane)) + ROW / 2 - 1, x, t));

  return h('svg', { id, class: 'health-svg', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': t('health.svgLabel') },
    h('defs', {},
      h('pattern', { id: `${id}-hatch`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        h('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }))),
    ...rows.flatMap((row, i) => [
      label(LEFT - 8, rowY(i) + ROW / 2 + 4, t(`health.row.${row}`), 'row-label', 'end'),
      h('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: rowY(i) + ROW - 2, y2: rowY(i) + ROW - 2, class: 'row-rule' }),
    ]),
    // Axis with a tick every "nice" number of seconds.
    h('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: axisY, y2: axisY, class: 'axis' }),
    ...ticks.flatMap((time) => [
      h('line', { x1: x(time), x2: x(time), y1: axisY, y2: axisY + 5, class: 'axis' }),
      label(x(time), axisY + 18, time >= 60 && time % 60 === 0 ? `${time / 60} min` : `${time} s`, 'tick', 'middle'),
    ]),
    ...bands,
    ...restarts,
    ...marks);
}

function markView(mark: ProbeMark, cy: number, x: (time: number) => number, t: Translate): View {
  const cx = x(mark.start);
  const shape = mark.result === 'ok'
    ? h('circle', { cx, cy, r: 5 })
    : mark.result === 'fail'
      ? h('path', { d: `M${cx - 5},${cy - 5}L${cx + 5},${cy + 5}M${cx + 5},${cy - 5}L${cx - 5},${cy + 5}` })
      : h('rect', { x: x(mark.end) - 5, y: cy - 5, width: 10, height: 10 });
  return h('g', { class: `mark mark-${mark.result}${mark.forgiven ? ' mark-forgiven' : ''}` },
    h('title', {}, markText(t, mark)),
    mark.end > mark.start && h('line', { x1: cx, x2: x(mark.end), y1: cy, y2: cy, class: 'mark-duration' }),
    shape);
}

/** The rows of the event table (the text alternative of the drawing), capped for very long runs. */
export function eventRows(timeline: Timeline, t: Translate): View[] {
  return timeline.events.slice(0, MAX_ROWS).map((event) => h('tr', {}, ...[seconds(event.t), ...eventText(t, event)].map((cell) => h('td', {}, cell))));
}

/** Says how many rows the table leaves out, or nothing. */
export function eventTableNote(timeline: Timeline, t: Translate): string {
  return timeline.events.length > MAX_ROWS ? t('health.tableCapped', { shown: MAX_ROWS, total: timeline.events.length }) : '';
}

/** A graded challenge's requirements, each marked met or not, with the numbers that prove it. */
export function criteriaItems(criteria: Criterion[], t: Translate): View[] {
  return criteria.map((criterion) => h('li', { 'data-met': String(criterion.met) },
    h('span', { class: 'criterion-mark', 'aria-hidden': 'true' }, criterion.met ? '✔ ' : '✘ '),
    h('span', { class: 'sr-only-health' }, `${t(criterion.met ? 'health.met' : 'health.notMet')}: `),
    `${t(`health.criterion.${criterion.id}`)}${criterion.vars ? ` — ${t(`health.criterion.${criterion.id}.result`, criterion.vars)}` : ''}`));
}
