// <health-lab>: only a code block and three buttons until the learner clicks one. Nothing is fetched from
// StackBlitz (or anywhere) before "Start the lab"; Monaco loads on "Edit the code" or "Start".
import { pageProgressStore } from '../../../features/progress/page-store.ts';
import { LAB_EDITOR_ID } from './starter.ts';

type Action = 'edit' | 'start' | 'simulate' | 'apply' | 'stop';

class HealthLabElement extends HTMLElement {
  private controller: Promise<{ act(action: Action): Promise<void> }> | undefined;

  connectedCallback(): void {
    this.addEventListener('keydown', (event) => event.stopPropagation());
    const saved = pageProgressStore().getEditorText(LAB_EDITOR_ID);
    const code = this.querySelector<HTMLElement>('.lab-static pre code');
    if (saved !== undefined && code) code.textContent = saved;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-lab-action]');
      if (!button) return;
      this.controller ??= import('./lab.ts').then(({ HealthLabController }) => new HealthLabController(this));
      void this.controller.then((controller) => controller.act(button.dataset.labAction as Action));
    });
  }
}

if (!customElements.get('health-lab')) customElements.define('health-lab', HealthLabElement);
