// The lab's buttons. Its controller (Monaco, the run loop, the servers) is imported with the first action, so
// tabbing through the lab or touching its settings loads nothing heavy.
import type { Island } from '../../../ui/island.ts';
import type { HealthLabController, LabAction } from './controller.ts';

export function start({ host, t }: Island): void {
  let controller: Promise<HealthLabController> | undefined;
  host.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-lab-action]');
    if (!button) return;
    controller ??= import('./controller.ts').then((lab) => new lab.HealthLabController(host, t));
    void controller.then((lab) => lab.act(button.dataset.labAction as LabAction));
  });
}
