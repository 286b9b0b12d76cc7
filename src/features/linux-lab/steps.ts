// Step checking for a running Linux lab: automatic checks on the commands the learner finishes, and the
// "Check" button (which may run a hidden probe command at the prompt).
import { pageProgressStore } from '../progress/page-store.ts';
import { STEP_CHECKS, type CommandResult, type LearnerCommand } from './checks.ts';
import type { Translate } from '../../ui/strings.ts';
import { feedback, showStepDone, type LabData } from './steps-view.ts';

const MAX_COMMANDS = 200;

/** How a probe reaches the machine: `canProbe` is false while the learner is typing at the prompt. */
export interface Prober {
  readonly canProbe: boolean;
  runHidden(command: string): Promise<CommandResult>;
}

export class LabSteps {
  private commands: LearnerCommand[] = [];
  private readonly done = new Set<string>();
  private readonly labId: string;
  private readonly root: HTMLElement;
  private readonly data: LabData;
  private readonly t: Translate;

  constructor(root: HTMLElement, data: LabData, t: Translate) {
    this.root = root;
    this.data = data;
    this.t = t;
    this.labId = root.dataset.labId!;
    for (const id of pageProgressStore().getLab(this.labId)?.stepsDone ?? []) this.done.add(id);
  }

  /** Commands the learner just finished: checks every step against all commands so far. */
  add(finished: LearnerCommand[]): void {
    this.commands.push(...finished);
    if (this.commands.length > MAX_COMMANDS) this.commands.splice(0, this.commands.length - MAX_COMMANDS);
    for (const step of this.data.steps) {
      if (this.done.has(step.id) && this.root.querySelector(`.linux-lab-step[data-step-id="${CSS.escape(step.id)}"]`)?.hasAttribute('data-done')) {
        // Already done (earlier visit): still say so when the learner does it again now.
        if (STEP_CHECKS[step.check].passes(this.commands.slice(-1))) feedback(this.root, step.id, step.done);
        continue;
      }
      if (STEP_CHECKS[step.check].passes(this.commands)) this.markDone(step.id);
    }
  }

  /** A fresh machine: the commands typed on the old one no longer count. */
  forgetCommands(): void {
    this.commands = [];
  }

  async check(stepId: string, machine: Prober): Promise<void> {
    const step = this.data.steps.find((s) => s.id === stepId);
    if (!step) return;
    const check = STEP_CHECKS[step.check];
    if (check.passes(this.commands)) return this.markDone(stepId);
    if (check.probe) {
      if (!machine.canProbe) return feedback(this.root, stepId, this.t('linuxLab.busy'));
      feedback(this.root, stepId, this.t('linuxLab.checking'));
      try {
        const result = await machine.runHidden(check.probe.command);
        if (check.probe.passes(result)) return this.markDone(stepId);
      } catch {
        return feedback(this.root, stepId, '');
      }
    }
    feedback(this.root, stepId, this.t('linuxLab.notYet', { hint: step.hint }));
  }

  private markDone(stepId: string): void {
    const step = this.data.steps.find((s) => s.id === stepId)!;
    this.done.add(stepId);
    pageProgressStore().markLabStep(this.labId, stepId);
    this.root.dispatchEvent(new CustomEvent('lab-step-done', { bubbles: true, detail: { lab: this.labId, step: stepId } }));
    showStepDone(this.root, this.data, this.t, stepId);
    feedback(this.root, stepId, step.done);
  }
}
