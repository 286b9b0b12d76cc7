import { pageProgressStore } from '../../../progress/page-store.ts';

/**
 * `<seccomp-lab>`: the starter profile and its results, rendered at build time. This is all that ships with the
 * page; Monaco, its JSON language service and the evaluator load when the learner starts the lab.
 */
export class SeccompLabElement extends HTMLElement {
  private opening: Promise<void> | undefined;

  get labId(): string {
    return this.dataset.labId!;
  }

  get starter(): string {
    return this.querySelector<HTMLTemplateElement>('template.lab-starter')!.content.textContent ?? '';
  }

  get strings(): Record<string, string> {
    return JSON.parse(this.querySelector('script.lab-strings')?.textContent ?? '{}') as Record<string, string>;
  }

  /** The learner's saved profile, else the starter. */
  currentText(): string {
    return pageProgressStore().getEditorText(this.labId) ?? this.starter;
  }

  connectedCallback(): void {
    const store = pageProgressStore();
    const saved = store.getEditorText(this.labId);
    if (saved !== undefined && saved !== this.starter) {
      // Show the learner's own profile (as plain text) instead of the starter; its results need the lab to run.
      const code = this.querySelector<HTMLElement>('.lab-static pre code');
      if (code) code.textContent = saved;
      const note = this.querySelector<HTMLElement>('.lab-static-note');
      if (note) note.textContent = note.dataset.saved ?? '';
      this.querySelector('.lab-traces')?.setAttribute('hidden', '');
    }
    const done = new Set(store.getLab(this.labId)?.stepsDone ?? []);
    for (const item of this.querySelectorAll<HTMLElement>('.lab-challenge')) {
      if (!done.has(item.dataset.challenge!)) continue;
      item.dataset.done = '';
      item.querySelector('.challenge-status')!.textContent = this.strings['seccompLab.status.done'] ?? '';
    }
    this.querySelector('[data-lab-action="start"]')?.addEventListener('click', () => void this.open());
    // Keys typed in the lab (editor, checkboxes) never move a reveal.js deck around it.
    this.addEventListener('keydown', (event) => event.stopPropagation());
  }

  open(): Promise<void> {
    this.opening ??= (async () => {
      this.dataset.state = 'loading';
      try {
        const { startLab } = await import('./lab.ts');
        this.dataset.state = 'open';
        startLab(this);
      } catch (error) {
        this.dataset.state = 'failed';
        this.querySelector('.lab-loading')!.textContent = this.strings['seccompLab.loadFailed'] ?? '';
        this.opening = undefined;
        throw error;
      }
    })();
    return this.opening;
  }
}

if (!customElements.get('seccomp-lab')) customElements.define('seccomp-lab', SeccompLabElement);
