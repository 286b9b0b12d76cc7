import { pageProgressStore } from '../../progress/page-store.ts';
import type { SaveResult } from './element.ts';

// Editors keep their text in the learner's progress (one storage module for all progress).
export const editorStorage = {
  load: (id: string): string | undefined => pageProgressStore().getEditorText(id),
  save: (id: string, text: string): SaveResult => pageProgressStore().saveEditorText(id, text),
};
