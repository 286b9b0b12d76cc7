// The Linux lab until "Start lab": marks the steps already done (progress store), copies commands, and routes the
// buttons to ./runtime.ts, which it imports on the first one that needs the machine.
import type { Island } from '../../ui/island.ts';
import type { Translate } from '../../ui/strings.ts';
import { part } from '../../ui/dom.ts';
import { pageProgressStore } from '../progress/page-store.ts';
import { feedback, showStepDone, type LabData } from './steps-view.ts';

type Runtime = typeof import('./runtime.ts');

export function start({ host, t }: Island): void {
  const data = JSON.parse(part(host, '.linux-lab-data').textContent!) as LabData;
  const labId = host.dataset.labId!;
  let runtime: Promise<Runtime> | undefined;
  for (const stepId of pageProgressStore().getLab(labId)?.stepsDone ?? []) showStepDone(host, data, t, stepId);
  host.addEventListener('click', (event) => {
    const target = event.target as Element;
    const copy = target.closest<HTMLButtonElement>('button[data-lab-copy]');
    if (copy) return void copyCommand(copy, t);
    const typeIt = target.closest<HTMLButtonElement>('button[data-lab-type]');
    const action = target.closest<HTMLButtonElement>('button[data-lab-action]');
    if (!typeIt && !action) return;
    const stepId = action?.closest<HTMLElement>('.linux-lab-step')?.dataset.stepId;
    if (action?.dataset.labAction === 'check' && host.dataset.state !== 'running') {
      feedback(host, stepId!, t('linuxLab.needStart'));
      return;
    }
    runtime ??= import('./runtime.ts');
    void runtime.then((lab) => {
      if (typeIt) return lab.typeCommand(host, typeIt.closest('li')!.querySelector('code')!.textContent!);
      return lab.act(host, data, t, action!.dataset.labAction!, stepId);
    });
  });
}

async function copyCommand(button: HTMLButtonElement, t: Translate): Promise<void> {
  const code = button.closest('li')!.querySelector('code')!;
  const label = t('linuxLab.copy');
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    button.textContent = t('linuxLab.copied');
  } catch {
    // No clipboard permission: select the text so Ctrl+C copies it.
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    button.textContent = t('linuxLab.copyFailed');
  }
  setTimeout(() => (button.textContent = label), 2000);
}
