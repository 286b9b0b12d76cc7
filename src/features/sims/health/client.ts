// The health timeline, live: every edit re-runs the simulation and redraws it; challenges are graded against the
// simulation and saved in the learner's progress.
import { pageProgressStore } from '../../progress/page-store.ts';
import { draw, part } from '../../../ui/dom.ts';
import type { Island } from '../../../ui/island.ts';
import { APP_PRESETS, appAnswer, appEndpoints, type AppPreset } from './model/app.ts';
import { CHALLENGES, gradeChallenge } from './model/challenges.ts';
import { simulateDockerTimeline, simulateKubernetesTimeline } from './model/timeline.ts';
import { drawTimeline } from './draw-timeline.ts';
import { SettingsForm } from './settings-form.ts';
import { criteriaItems } from './view.ts';

/** The challenges passed are saved as the steps of this lab in the learner's progress. */
const PROGRESS_ID = 'health-timeline';

export function start({ host, t }: Island): void {
  const appSelect = part<HTMLSelectElement>(host, 'select[name="app"]');
  const spanSelect = part<HTMLSelectElement>(host, 'select[name="span"]');
  const form = new SettingsForm(host, t, () => update());

  const update = () => {
    const settings = form.read();
    if (!settings) return;
    const app = APP_PRESETS[appSelect.value as AppPreset] ?? APP_PRESETS.healthy;
    const until = Number(spanSelect.value) || 300;
    const timeline = settings.mode === 'docker'
      ? simulateDockerTimeline(settings.config, (time) => appAnswer(app, '/health', time), until)
      : simulateKubernetesTimeline(settings.probes, appEndpoints(app), until);
    drawTimeline(host, timeline, t);
  };
  appSelect.addEventListener('change', update);
  spanSelect.addEventListener('change', update);

  const store = pageProgressStore();
  const markDone = (item: HTMLElement) => {
    const state = part(item, '.health-challenge-state');
    state.dataset.done = 'true';
    state.textContent = t('health.challenge.done');
  };
  const done = new Set(store.getLab(PROGRESS_ID)?.stepsDone ?? []);

  for (const item of host.querySelectorAll<HTMLElement>('.health-challenge')) {
    const challenge = CHALLENGES.find((c) => c.id === item.dataset.challenge);
    if (!challenge) continue;
    if (done.has(challenge.id)) markDone(item);
    part(item, '[data-action="load"]').addEventListener('click', () => {
      form.mode = challenge.mode;
      appSelect.value = challenge.app;
      spanSelect.value = String(challenge.until);
      update();
      form.root.querySelector<HTMLElement>(challenge.mode === 'docker' ? 'input[name="interval"]' : 'textarea')?.focus();
    });
    part(item, '[data-action="check"]').addEventListener('click', () => {
      const result = part(item, '.health-challenge-result');
      const list = part(item, '.health-criteria');
      const settings = form.read(challenge.mode);
      if (!settings) {
        result.textContent = t('health.challenge.invalid');
        list.replaceChildren();
        return;
      }
      const grade = gradeChallenge(challenge, settings.mode === 'docker' ? { docker: settings.config } : { kubernetes: settings.probes });
      draw(list, ...criteriaItems(grade.criteria, t));
      if (grade.passed) {
        const saved = store.markLabStep(PROGRESS_ID, challenge.id);
        result.textContent = saved.ok ? t('health.challenge.passed') : t('health.challenge.passed').split('!')[0] + '!';
        markDone(item);
      } else {
        result.textContent = t('health.challenge.failed', { n: grade.criteria.filter((c) => c.met).length, total: grade.criteria.length });
      }
    });
  }
}
