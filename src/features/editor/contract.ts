// What the editor session and the islands around it agree on: the result of each check and the open editor's
// methods. Its own file so the session (loaded with Monaco) and the handle (loaded with the page) share no cycle.
import type { Finding } from '../../checker/index.ts';
import type { GradeResult } from './worker/protocol.ts';

/** What each check of the learner's text says; sent as the `editor-result` event of `<dockerfile-editor>`. */
export interface EditorResult {
  text: string;
  findings: Finding[];
  grade?: GradeResult;
  error?: string;
  /** The text was not checked as typed: too large (`size`) or too slow to check (`time`). */
  tooLarge?: 'size' | 'time';
}

/** The open Monaco editor. */
export interface EditorApi {
  getValue(): string;
  /** Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back). */
  replaceAll(text: string): void;
  undo(): void;
  focus(): void;
}

export const EDITOR_RESULT = 'editor-result';
