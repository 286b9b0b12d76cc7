// What the Linux lab shows about its steps, shared by the client (before "Start lab") and the runtime (after).
import { part } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import { stepState, summaryLine } from './view.ts';

/** The lab data LinuxLab.astro ships as JSON beside the island's strings. */
export interface LabData {
  lang: string;
  steps: Array<{ id: string; check: string; done: string; hint: string }>;
  assets: {
    state: string;
    bios: string;
    vgaBios: string;
    sizes: { state: number; bios: number; vgaBios: number };
    memoryBytes: number;
    /**
     * The container labs' userland on v86's 9p filesystem (public/vm/fs/<sha256>, mounted at /opt/lab in the guest):
     * not part of the snapshot; v86 fetches a file when the guest first reads it, and the page prefetches them all
     * after the first prompt. `files` pairs each path in the 9p tree with its URL (the offline plan lists those).
     */
    userland: { baseurl: string; files: Array<{ path: string; url: string }> };
  };
}

/** Marks a step done on screen (the store is written by the caller when the learner has just done it). */
export function showStepDone(root: HTMLElement, data: LabData, t: Translate, stepId: string): void {
  const step = root.querySelector<HTMLElement>(`.linux-lab-step[data-step-id="${CSS.escape(stepId)}"]`);
  if (!step) return;
  step.dataset.done = '';
  part(step, '.linux-lab-state').textContent = stepState(true, t);
  const done = root.querySelectorAll('.linux-lab-step[data-done]').length;
  part(root, '.linux-lab-summary').textContent = summaryLine(done, data.steps.length, t);
}

/** The one-line answer under a step ("done", "not yet: …", "checking…"). */
export function feedback(root: HTMLElement, stepId: string, text: string): void {
  const node = root.querySelector(`.linux-lab-step[data-step-id="${CSS.escape(stepId)}"] .linux-lab-feedback`);
  if (node) node.textContent = text;
}
