// The light part of <seccomp-lab>: shows the learner's saved profile and finished challenges over the static render,
// and opens the lab (lab.ts: Monaco, the evaluator) when the learner presses "Start the lab".
import { part } from '../../../ui/dom.ts';
import type { Island } from '../../../ui/island.ts';
import { pageProgressStore } from '../../progress/page-store.ts';

export function start({ host, t }: Island): void {
  const store = pageProgressStore();
  const labId = host.dataset.labId!;
  const starter = part<HTMLTemplateElement>(host, 'template.lab-starter').content.textContent ?? '';
  const saved = store.getEditorText(labId);
  if (saved !== undefined && saved !== starter) {
    // Show the learner's own profile (as plain text) instead of the starter; its results need the lab to run.
    part(host, '.lab-static pre code').textContent = saved;
    const note = part(host, '.lab-static-note');
    note.textContent = note.dataset.saved ?? '';
    part(host, '.lab-traces').hidden = true;
  }
  const done = new Set(store.getLab(labId)?.stepsDone ?? []);
  for (const item of host.querySelectorAll<HTMLElement>('.lab-challenge')) {
    if (!done.has(item.dataset.challenge!)) continue;
    item.dataset.done = '';
    part(item, '.challenge-status').textContent = t('seccompLab.status.done');
  }

  let opening: Promise<void> | undefined;
  const load = () => {
    host.dataset.state = 'loading';
    return import('./lab.ts').then(
      ({ startLab }) => {
        host.dataset.state = 'open';
        startLab({ root: host, labId, t, text: store.getEditorText(labId) ?? starter });
      },
      (error: unknown) => {
        host.dataset.state = 'failed';
        part(host, '.lab-loading').textContent = t('seccompLab.loadFailed');
        opening = undefined;
        throw error;
      },
    );
  };
  part(host, '[data-lab-action="start"]').addEventListener('click', () => void (opening ??= load()));
}
