// <linux-lab>: until "Start lab" this is all that runs — it restores the steps already done (progress store),
// copies commands, and keeps keys typed inside from reaching the deck. The emulator, the terminal and the
// snapshot load only on the click (./runtime.ts).
import { pageProgressStore } from '../progress/page-store.ts';
import { feedback, say, showStepDone, type LabData } from './steps-view.ts';

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
        feedback(this, stepId!, say(data, 'needStart'));
        return;
      }
      this.runtime ??= import('./runtime.ts');
      void this.runtime.then((runtime) => {
        if (typeIt) return runtime.typeCommand(this, typeIt.closest('li')!.querySelector('code')!.textContent!);
        return runtime.act(this, data, action!.dataset.labAction!, stepId);
      });
    });
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
