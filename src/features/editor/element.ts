import { pageProgressStore } from '../../progress/page-store.ts';
import type { SaveResult } from '../../progress/store.ts';
import type { EditorApi } from './session.ts';

/**
 * `<dockerfile-editor>`: a highlighted code block until the learner asks to edit it. This is all that ships
 * with the page; Monaco, its CSS and the checker worker load on "Edit & check" (or keyboard focus).
 */
export class EditorHost extends HTMLElement {
  api: EditorApi | undefined;
  private opening: Promise<EditorApi> | undefined;

  get language(): 'dockerfile' | 'yaml' {
    return this.dataset.language === 'yaml' ? 'yaml' : 'dockerfile';
  }

  get starter(): string {
    return this.querySelector<HTMLTemplateElement>('template.editor-starter')!.content.textContent ?? '';
  }

  /** What the learner last saw: their saved text if any, else the starter. */
  currentText(): string {
    return pageProgressStore().getEditorText(this.dataset.editorId!) ?? this.starter;
  }

  saveText(text: string): SaveResult {
    // Editors keep their text in the learner's progress (one storage module for all progress).
    return pageProgressStore().saveEditorText(this.dataset.editorId!, text);
  }

  text(key: string): string {
    return this.dataset[`text${key.replace(/^\w+\./, '').replace(/^\w/, (c) => c.toUpperCase())}`] ?? key;
  }

  connectedCallback(): void {
    const saved = pageProgressStore().getEditorText(this.dataset.editorId!);
    if (saved !== undefined && saved !== this.starter) {
      // Show the learner's own text (as plain text) instead of the starter, before any editor loads.
      const code = this.querySelector<HTMLElement>('.editor-static pre code');
      if (code) code.textContent = saved;
      this.dataset.restored = '';
    }
    this.querySelector('[data-editor-action="open"]')?.addEventListener('click', () => this.open());
    this.querySelector('.editor-static pre')?.addEventListener('focus', () => this.open());
  }

  open(): Promise<EditorApi> {
    this.opening ??= (async () => {
      this.dataset.state = 'loading';
      try {
        const { openEditor } = await import('./session.ts');
        this.dataset.state = 'open';
        this.api = openEditor(this);
        this.api.focus();
        this.dispatchEvent(new CustomEvent('editor-ready'));
        return this.api;
      } catch (error) {
        this.dataset.state = 'failed';
        this.querySelector('.editor-status')!.textContent = this.text('editor.loadFailed');
        this.opening = undefined;
        throw error;
      }
    })();
    return this.opening;
  }
}

if (!customElements.get('dockerfile-editor')) customElements.define('dockerfile-editor', EditorHost);
