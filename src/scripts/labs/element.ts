// <linux-lab>: until "Start lab" this is all that runs — it restores the steps already done (progress store),
// copies commands, and keeps keys typed inside from reaching the deck. The emulator, the terminal and the
// snapshot load only on the click (./runtime.ts).
import { pageProgressStore } from '../../progress/page-store.ts';
import { fillTemplate } from '../../utils/template.ts';

export interface LabData {
  lang: string;
  title: string;
  strings: Record<string, string>;
  steps: Array<{ id: string; check: string; done: string; hint: string }>;
  assets: { state: string; bios: string; vgaBios: string; sizes: { state: number; bios: number; vgaBios: number }; memoryBytes: number };
}

export function say(data: LabData, key: string, vars: Record<string, string | number> = {}): string {
  return fillTemplate(data.strings[`linuxLab.${key}`] ?? key, vars);
}

/** Marks a step done on screen (the store is written by the caller when the learner has just done it). */
export function showStepDone(root: HTMLElement, data: LabData, stepId: string): void {
  const step = root.querySelector<HTMLElement>(`.linux-lab-step[data-step-id="${CSS.escape(stepId)}"]`);
  if (!step) return;
  step.dataset.done = '';
  step.querySelector('.linux-lab-state')!.textContent = say(data, 'stepDone');
  const done = root.querySelectorAll('.linux-lab-step[data-done]').length;
  root.querySelector('.linux-lab-summary')!.textContent = say(data, 'progress', { done, total: data.steps.length });
}

type Runtime = typeof import('./runtime.ts');

class LinuxLabElement extends HTMLElement {
  private runtime: Promise<Runtime> | undefined;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = '';
    const data = JSON.parse(this.querySelector('.linux-lab-data')!.textContent!) as LabData;
    const labId = this.dataset.labId!;
    for (const stepId of pageProgressStore().getLab(labId)?.stepsDone ?? []) showStepDone(this, data, stepId);
    // Keys typed in the terminal (or on the buttons) never reach reveal.js or the page's shortcuts.
    this.addEventListener('keydown', (event) => event.stopPropagation());
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const copy = target.closest<HTMLButtonElement>('button[data-lab-copy]');
      if (copy) return void copyCommand(copy, data);
      const typeIt = target.closest<HTMLButtonElement>('button[data-lab-type]');
      const action = target.closest<HTMLButtonElement>('button[data-lab-action]');
      if (!typeIt && !action) return;
      const stepId = action?.closest<HTMLElement>('.linux-lab-step')?.dataset.stepId;
      if (action?.dataset.labAction === 'check' && this.dataset.state !== 'running') {
        this.feedback(stepId!, say(data, 'needStart'));
        return;
      }
      this.runtime ??= import('./runtime.ts');
      void this.runtime.then((runtime) => {
        if (typeIt) return runtime.typeCommand(this, typeIt.closest('li')!.querySelector('code')!.textContent!);
        return runtime.act(this, data, action!.dataset.labAction!, stepId);
      });
    });
  }

  feedback(stepId: string, text: string): void {
    const step = this.querySelector(`.linux-lab-step[data-step-id="${CSS.escape(stepId)}"] .linux-lab-feedback`);
    if (step) step.textContent = text;
  }
}

async function copyCommand(button: HTMLButtonElement, data: LabData): Promise<void> {
  const code = button.closest('li')!.querySelector('code')!;
  const label = say(data, 'copy');
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    button.textContent = say(data, 'copied');
  } catch {
    // No clipboard permission: select the text so Ctrl+C copies it.
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    button.textContent = say(data, 'copyFailed');
  }
  setTimeout(() => (button.textContent = label), 2000);
}

if (!customElements.get('linux-lab')) customElements.define('linux-lab', LinuxLabElement);
