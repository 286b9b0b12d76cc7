// What a Linux lab shows, as render descriptions (src/ui/dom.ts): LinuxLab.astro renders them at build time and the
// client redraws a step's state and the summary with the same functions as the learner finishes steps.
import { h, type View } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import type { RecordedCommand } from './content.ts';

/** A lab's texts in the page's language. */
export interface LabText {
  id: string;
  title: string;
  intro: string;
  steps: Array<{ id: string; goal: string; commands: string[]; done: string }>;
  /** Download sizes already formatted for the page's language (MB). */
  download: { size: string; state: string; tools: string };
  recording: { version: string; date: string; steps: Record<string, RecordedCommand[]> };
}

/** "9.1" for 9_100_000 bytes, in the page's language (MB = 10^6 bytes, as browsers' download UIs count). */
export const megabytes = (bytes: number, lang: string) =>
  new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);

export const summaryLine = (done: number, total: number, t: Translate) => t('linuxLab.progress', { done, total });
export const stepState = (done: boolean, t: Translate) => t(done ? 'linuxLab.stepDone' : 'linuxLab.stepTodo');

/** Everything inside <linux-lab> before "Start lab": no step done yet (the client marks the stored ones). */
export function labView(lab: LabText, t: Translate): View[] {
  const titleId = `linux-lab-${lab.id}-title`;
  return [
    h('p', { class: 'linux-lab-kicker', id: titleId }, lab.title),
    h('p', { class: 'linux-lab-intro' }, lab.intro),
    // The guide (steps) and the machine (start, terminal) sit side by side where the lab is wide (linux-lab.css).
    h('div', { class: 'linux-lab-layout' },
      h('div', { class: 'linux-lab-guide' },
        h('p', { class: 'linux-lab-summary', 'aria-live': 'polite' }, summaryLine(0, lab.steps.length, t)),
        h('ol', { class: 'linux-lab-steps', 'aria-label': t('linuxLab.steps') }, ...lab.steps.map((step) => stepView(step, t)))),
      h('div', { class: 'linux-lab-machine' },
        h('p', { class: 'linux-lab-download' }, t('linuxLab.download', lab.download)),
        h('p', { class: 'linux-lab-actions' },
          h('button', { type: 'button', class: 'primary', 'data-lab-action': 'start' }, t('linuxLab.start')),
          h('button', { type: 'button', 'data-lab-action': 'reset' }, t('linuxLab.reset')),
          h('button', { type: 'button', 'data-lab-action': 'stop' }, t('linuxLab.stop'))),
        h('div', { class: 'linux-lab-progress', hidden: true }, h('progress', { max: 1, value: 0 })),
        h('p', { class: 'linux-lab-status', role: 'status', 'aria-live': 'polite' }),
        h('p', { class: 'linux-lab-problem', role: 'alert' }),
        h('p', { class: 'linux-lab-keys' }, t('linuxLab.keys')),
        h('div', { class: 'linux-lab-terminal', role: 'group', 'aria-label': t('linuxLab.terminal', { title: lab.title }) }))),
    recordedView(lab, t),
  ];
}

function stepView(step: LabText['steps'][number], t: Translate): View {
  return h('li', { class: 'linux-lab-step', 'data-step-id': step.id },
    h('p', { class: 'linux-lab-goal' }, h('span', { class: 'linux-lab-mark', 'aria-hidden': 'true' }), step.goal),
    h('ul', { class: 'linux-lab-commands' }, ...step.commands.map((command) =>
      h('li', {},
        h('code', { class: 'linux-lab-command' }, command),
        h('span', { class: 'linux-lab-command-actions' },
          h('button', { type: 'button', 'data-lab-copy': true }, t('linuxLab.copy')),
          h('button', { type: 'button', 'data-lab-type': true }, t('linuxLab.type')))))),
    h('p', { class: 'linux-lab-step-row' },
      h('button', { type: 'button', 'data-lab-action': 'check' }, t('linuxLab.check')),
      h('span', { class: 'linux-lab-state' }, stepState(false, t))),
    h('p', { class: 'linux-lab-feedback', role: 'status', 'aria-live': 'polite' }));
}

/** The read-only walkthrough recorded in the real VM: what the learner sees when the browser cannot run it. */
function recordedView(lab: LabText, t: Translate): View {
  const { recording } = lab;
  return h('details', { class: 'linux-lab-recorded' },
    h('summary', {}, t('linuxLab.recorded')),
    h('p', { class: 'linux-lab-recorded-note' }, t('linuxLab.recordedNote', { version: recording.version, date: recording.date })),
    ...lab.steps.map((step, index) =>
      h('div', { class: 'linux-lab-recorded-step' },
        h('p', {}, h('strong', {}, `${index + 1}.`), ' ', step.goal),
        h('pre', {}, (recording.steps[step.id] ?? []).map((run) => transcriptOf(run, t)).join('')),
        h('p', { class: 'linux-lab-recorded-done' }, step.done))));
}

function transcriptOf(run: RecordedCommand, t: Translate): string {
  const prompt = `root@${run.host}:${run.host === 'host' ? '~' : '/'}# ${run.command}\n`;
  const status = run.status !== 0 ? `[${t('linuxLab.status', { status: run.status })}]\n` : '';
  return prompt + (run.output ? run.output + '\n' : '') + status;
}
