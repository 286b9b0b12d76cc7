// <health-lab>: only a code block and three buttons until the learner clicks one. Nothing is fetched from
// StackBlitz (or anywhere) before "Start the lab"; Monaco loads on "Edit the code" or "Start".
import { pageProgressStore } from '../../progress/page-store.ts';
import { defineIsland } from '../../../ui/island.ts';
import { LAB_EDITOR_ID } from './model/starter.ts';

/** The learner's saved code replaces the starter at once, before anything loads. */
function showSavedCode(host: HTMLElement): void {
  const saved = pageProgressStore().getEditorText(LAB_EDITOR_ID);
  const code = host.querySelector('.lab-static pre code');
  if (saved !== undefined && code) code.textContent = saved;
}

defineIsland('health-lab', () => import('./client.ts').then((m) => m.start), {
  start: 'contact',
  onConnect: showSavedCode,
  replayClicks: 'button[data-lab-action]',
});
