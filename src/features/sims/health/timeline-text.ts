// The timeline in words: the summary line, the rows of the event table and the tooltips of the drawing, so the
// table says everything the drawing shows.
import type { Translate } from '../../../ui/strings.ts';
import type { Band, BandRow, ProbeMark, Timeline, TimelineEvent } from './model/timeline.ts';

export const seconds = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(Math.abs(n) < 10 ? 2 : 1).replace(/0+$/, '').replace(/\.$/, ''));

export function bandLabel(t: Translate, band: Band): string {
  if (band.state === 'running') return t('health.band.running', { n: band.restartCount ?? 0 });
  if (band.state === 'back-off') return t('health.band.backOff', { s: seconds(band.delaySeconds ?? 0) });
  return t(`health.band.${band.state}`);
}

export function markText(t: Translate, mark: ProbeMark): string {
  const result = t(`health.result.${mark.result}`);
  const base = t('health.event.probe', { lane: t(`health.row.${mark.lane}`), result, t: seconds(mark.start), end: seconds(mark.end) });
  if (mark.forgiven) return `${base} ${t('health.event.forgiven')}`;
  if (mark.streak) return `${base} ${t('health.event.streak', { n: mark.streak })}`;
  return base;
}

export function restartText(t: Translate, event: Extract<TimelineEvent, { kind: 'restart' }>): string {
  return t('health.event.restart', { reason: t(`health.row.${event.reason}`), n: event.restartCount + 1 });
}

/** One row of the event table: what happened, and the detail. */
export function eventText(t: Translate, event: TimelineEvent): [string, string] {
  switch (event.kind) {
    case 'probe':
      return [t(`health.row.${event.mark.lane}`), markText(t, event.mark)];
    case 'status':
      return [t('health.event.statusColumn'), t('health.event.status', { state: t(`health.band.${event.state}`) })];
    case 'restart':
      return [t('health.row.container'), restartText(t, event)];
    case 'back-off':
      return [t('health.row.container'), t('health.event.backOff', { s: seconds(event.delaySeconds), until: seconds(event.until) })];
    case 'started':
      return [t('health.row.container'), t(event.restartCount === 0 ? 'health.event.firstStart' : 'health.event.started', { n: event.restartCount })];
  }
}

/** One line that sums the run up in words (status at the end, restarts). */
export function summaryText(t: Translate, timeline: Timeline): string {
  const last = (row: BandRow) => timeline.bands.filter((b) => b.row === row).at(-1);
  if (timeline.mode === 'docker') {
    const end = last('health');
    const unhealthy = timeline.events.find((e) => e.kind === 'status' && e.state === 'unhealthy');
    return t('health.summary.docker', {
      state: t(`health.band.${end?.state ?? 'starting'}`),
      t: Math.floor(timeline.until),
      unhealthy: unhealthy ? t('health.summary.unhealthyAt', { t: seconds(unhealthy.t) }) : t('health.summary.neverUnhealthy'),
    });
  }
  const ready = timeline.events.find((e) => e.kind === 'status' && e.state === 'ready');
  const pod = last('pod');
  const container = last('container');
  return t('health.summary.kubernetes', {
    t: Math.floor(timeline.until),
    state: container ? bandLabel(t, container) : '',
    pod: t(`health.band.${pod?.state ?? 'not-ready'}`),
    restarts: timeline.events.filter((e) => e.kind === 'restart').length,
    ready: ready ? t('health.summary.readyAt', { t: seconds(ready.t) }) : t('health.summary.neverReady'),
  });
}
