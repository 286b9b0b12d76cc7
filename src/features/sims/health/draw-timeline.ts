// Redraws the parts of TimelineView.astro that change, with the view functions that drew its first state. The
// health-lab feeds it too, tick by tick.
import { draw, part } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { Timeline } from './model/timeline.ts';
import { summaryText } from './timeline-text.ts';
import { eventRows, eventTableNote, timelineSvg } from './view.ts';

/** `axisSeconds` keeps a live run's axis at its full length while the timeline grows. */
export function drawTimeline(root: HTMLElement, timeline: Timeline, t: Translate, axisSeconds = timeline.until): void {
  const svg = part<SVGSVGElement>(root, '.health-svg');
  draw(part(root, '.health-svg-wrap'), timelineSvg(svg.id, { ...timeline, until: axisSeconds }, t));
  draw(part(root, '.health-table tbody'), ...eventRows(timeline, t));
  part(root, '.health-table-note').textContent = eventTableNote(timeline, t);
  part(root, '.health-summary').textContent = summaryText(t, timeline);
}
