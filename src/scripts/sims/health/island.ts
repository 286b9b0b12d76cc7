import { pageProgressStore } from '../../../features/progress/page-store.ts';
import { APP_PRESETS, appAnswer, appEndpoints, simulateDockerTimeline, simulateKubernetesTimeline, type AppPreset, type Timeline } from './model.ts';
import { CHALLENGES, gradeChallenge } from './challenges.ts';
import { SettingsForm } from './settings-form.ts';
import { renderEventTable, renderTimelineSvg, summaryText, type Say } from './timeline-view.ts';
import { sayFrom } from './say.ts';

export const TIMELINE_LAB_ID = 'health-timeline';

/** Redraws the timeline view inside `root` (the same view the WebContainer lab feeds). */
export function drawTimeline(root: HTMLElement, timeline: Timeline, say: Say, axisSeconds = timeline.until): void {
  renderTimelineSvg(root.querySelector<SVGSVGElement>('.health-svg')!, { ...timeline, until: axisSeconds }, say);
  renderEventTable(root.querySelector<HTMLTableSectionElement>('.health-table tbody')!, timeline, say, root.querySelector('.health-table-note'));
  root.querySelector('.health-summary')!.textContent = summaryText(say, timeline);
}

export function startHealthTimeline(root: HTMLElement): void {
  const say = sayFrom(root);
  const appSelect = root.querySelector<HTMLSelectElement>('select[name="app"]')!;
  const spanSelect = root.querySelector<HTMLSelectElement>('select[name="span"]')!;
  const form = new SettingsForm(root, say, () => update());

  const update = () => {
    const settings = form.read();
    if (!settings) return;
    const app = APP_PRESETS[appSelect.value as AppPreset] ?? APP_PRESETS.healthy;
    const until = Number(spanSelect.value) || 300;
    const timeline = settings.mode === 'docker'
      ? simulateDockerTimeline(settings.config, (t) => appAnswer(app, '/health', t), until)
      : simulateKubernetesTimeline(settings.probes, appEndpoints(app), until);
    drawTimeline(root, timeline, say);
  };
  appSelect.addEventListener('change', update);
  spanSelect.addEventListener('change', update);

  const store = pageProgressStore();
  const markDone = (item: HTMLElement) => {
    const state = item.querySelector<HTMLElement>('.health-challenge-state')!;
    state.dataset.done = 'true';
    state.textContent = say('health.challenge.done');
  };
  const done = new Set(store.getLab(TIMELINE_LAB_ID)?.stepsDone ?? []);

  for (const item of root.querySelectorAll<HTMLElement>('.health-challenge')) {
    const challenge = CHALLENGES.find((c) => c.id === item.dataset.challenge);
    if (!challenge) continue;
    if (done.has(challenge.id)) markDone(item);
    item.querySelector('[data-action="load"]')!.addEventListener('click', () => {
      form.mode = challenge.mode;
      appSelect.value = challenge.app;
      spanSelect.value = String(challenge.until);
      update();
      form.root.querySelector<HTMLElement>(challenge.mode === 'docker' ? 'input[name="interval"]' : 'textarea')?.focus();
    });
    item.querySelector('[data-action="check"]')!.addEventListener('click', () => {
      const result = item.querySelector<HTMLElement>('.health-challenge-result')!;
      const list = item.querySelector<HTMLElement>('.health-criteria')!;
      const settings = form.read(challenge.mode);
      if (!settings) {
        result.textContent = say('health.challenge.invalid');
        list.replaceChildren();
        return;
      }
      const grade = gradeChallenge(challenge, settings.mode === 'docker' ? { docker: settings.config } : { kubernetes: settings.probes });
      list.replaceChildren(...grade.criteria.map((criterion) => {
        const li = document.createElement('li');
        li.dataset.met = String(criterion.met);
        const mark = document.createElement('span');
        mark.className = 'criterion-mark';
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = criterion.met ? '✔ ' : '✘ ';
        const hidden = document.createElement('span');
        hidden.className = 'sr-only-health';
        hidden.textContent = `${say(criterion.met ? 'health.met' : 'health.notMet')}: `;
        const measured = criterion.vars ? ` — ${say(`health.criterion.${criterion.id}.result`, criterion.vars)}` : '';
        li.append(mark, hidden, `${say(`health.criterion.${criterion.id}`)}${measured}`);
        return li;
      }));
      if (grade.passed) {
        const saved = store.markLabStep(TIMELINE_LAB_ID, challenge.id);
        result.textContent = saved.ok ? say('health.challenge.passed') : say('health.challenge.passed').split('!')[0] + '!';
        markDone(item);
      } else {
        result.textContent = say('health.challenge.failed', { n: grade.criteria.filter((c) => c.met).length, total: grade.criteria.length });
      }
    });
  }
  root.dataset.ready = '';
}
