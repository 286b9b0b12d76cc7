import { describe, expect, it } from 'vitest';
import { toMarkup, type View } from '../../../../src/ui/dom.ts';
import { translateFrom } from '../../../../src/ui/strings.ts';
import { APP_PRESETS, appAnswer, appEndpoints } from '../../../../src/features/sims/health/model/app.ts';
import { simulateDockerTimeline, simulateKubernetesTimeline } from '../../../../src/features/sims/health/model/timeline.ts';
import { criteriaItems, eventRows, eventTableNote, timelineSvg } from '../../../../src/features/sims/health/view.ts';

// Keys come back as the text (no strings shipped), so the tests see which string each part asks for.
const t = translateFrom({ 'health.band.healthy': 'Healthy <b>', 'health.tableCapped': '{shown} of {total}' });
const docker = simulateDockerTimeline({ interval: 10, timeout: 2 }, (time) => appAnswer(APP_PRESETS['slow-start'], '/health', time), 120);
const count = (view: View, tag: string): number => ('text' in view ? 0 : Number(view.tag === tag) + view.children.reduce((n, child) => n + count(child, tag), 0));

describe('timeline views (first state at build time and redraws in the browser)', () => {
  it('draws one mark per probe, one band per status and a hatch pattern named after the svg', () => {
    const svg = timelineSvg('sim-svg', docker, t);
    expect('tag' in svg && svg.attrs).toMatchObject({ id: 'sim-svg', class: 'health-svg', viewBox: '0 0 820 106', role: 'img' });
    const markup = toMarkup(svg);
    expect(markup.match(/class="mark mark-/g)).toHaveLength(docker.probes.length);
    expect(markup.match(/class="band band-/g)).toHaveLength(docker.bands.length);
    expect(markup).toContain('<pattern id="sim-svg-hatch"');
    expect(markup).toContain('Healthy &lt;b&gt;');
    expect(markup).not.toContain('<b>');
  });

  it('draws a Kubernetes run with pod and container rows, restarts and back-off hatching', () => {
    const probes = { livenessProbe: { periodSeconds: 5, failureThreshold: 1 } };
    const timeline = simulateKubernetesTimeline(probes, appEndpoints(APP_PRESETS.deadlock), 300);
    const svg = timelineSvg('k', timeline, t);
    expect(count(svg, 'g')).toBe(timeline.bands.length + timeline.probes.length + timeline.events.filter((e) => e.kind === 'restart').length);
    expect(toMarkup(svg)).toContain('fill="url(#k-hatch)"');
  });

  it('gives the table one row of three cells per event, and notes a cap only when there is one', () => {
    const rows = eventRows(docker, t);
    expect(rows).toHaveLength(docker.events.length);
    expect(rows.every((row) => count(row, 'td') === 3)).toBe(true);
    expect(eventTableNote(docker, t)).toBe('');
    const long = simulateDockerTimeline({ interval: 1, timeout: 1 }, () => ({ ok: true, durationSeconds: 0 }), 600);
    expect(eventRows(long, t)).toHaveLength(400);
    expect(eventTableNote(long, t)).toBe(`400 of ${long.events.length}`);
  });

  it('marks each criterion met or not, in words for screen readers too', () => {
    const [met, missed] = criteriaItems([{ id: 'liveness', met: true }, { id: 'restartedSoon', met: false, vars: { delay: 40 } }], t);
    expect(toMarkup(met)).toBe('<li data-met="true"><span class="criterion-mark" aria-hidden="true">✔ </span><span class="sr-only-health">health.met: </span>health.criterion.liveness</li>');
    expect(toMarkup(missed)).toContain('health.notMet: </span>health.criterion.restartedSoon — health.criterion.restartedSoon.result');
  });
});
