// An editor as the islands around it (exercise, playground) use it: open it, read its text, hear its results.
// Nothing here loads Monaco; open() imports session.ts the first time it is asked.
import { pageProgressStore } from '../progress/page-store.ts';
import { part } from '../../ui/dom.ts';
import { stringsOf } from '../../ui/strings.ts';
import { EDITOR_RESULT, type EditorApi, type EditorResult } from './contract.ts';

export { EDITOR_RESULT, type EditorApi, type EditorResult };

export interface DockerfileEditor {
  /** The `<dockerfile-editor>` element (its `editor-result` events carry each check). */
  readonly host: HTMLElement;
  readonly starter: string;
  /** What the learner last saw: the open editor's text, else their saved text, else the starter. */
  currentText(): string;
  /** Opens Monaco once (later calls get the same editor); a failed load can be retried. */
  open(): Promise<EditorApi>;
}

const editors = new WeakMap<HTMLElement, DockerfileEditor>();

/** The editor of a `<dockerfile-editor>` element, the same object for every island that asks. */
export function editorIn(host: HTMLElement): DockerfileEditor {
  let editor = editors.get(host);
  if (!editor) editors.set(host, (editor = createEditor(host)));
  return editor;
}

/** Calls `listener` after every check of the text in `host`'s editor. */
export function onEditorResult(host: HTMLElement, listener: (result: EditorResult) => void): void {
  host.addEventListener(EDITOR_RESULT, (event) => listener((event as CustomEvent<EditorResult>).detail));
}

/** The learner's saved text for this editor, if any. */
export function savedText(host: HTMLElement): string | undefined {
  return pageProgressStore().getEditorText(host.dataset.editorId!);
}

function createEditor(host: HTMLElement): DockerfileEditor {
  const starter = part<HTMLTemplateElement>(host, 'template.editor-starter').content.textContent ?? '';
  let api: EditorApi | undefined;
  let opening: Promise<EditorApi> | undefined;
  const currentText = () => api?.getValue() ?? savedText(host) ?? starter;
  const open = () =>
    (opening ??= (async () => {
      host.dataset.state = 'loading';
      try {
        const { openEditor } = await import('./session.ts');
        host.dataset.state = 'open';
        api = openEditor(host, currentText(), stringsOf(host));
        api.focus();
        return api;
      } catch (error) {
        host.dataset.state = 'failed';
        part(host, '.editor-status').textContent = stringsOf(host)('editor.loadFailed');
        opening = undefined;
        throw error;
      }
    })());
  return { host, starter, currentText, open };
}
