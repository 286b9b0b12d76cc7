// What the Linux lab shows about its steps, shared by the element (before "Start lab") and the runtime (after).
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

/** The one-line answer under a step ("done", "not yet: …", "checking…"). */
export function feedback(root: HTMLElement, stepId: string, text: string): void {
  const node = root.querySelector(`.linux-lab-step[data-step-id="${CSS.escape(stepId)}"] .linux-lab-feedback`);
  if (node) node.textContent = text;
}
