/** The page's one store: every script on a page (quiz, lesson toggle, sidebar ticks) shares it, and its notices. */
import { openProgressStore, type ProgressStore } from './store.ts';

let store: ProgressStore | undefined;

export function pageProgressStore(): ProgressStore {
  store ??= openProgressStore();
  return store;
}
