// The interactive part of <pid-namespaces>: each button is one pure step of model/scenario.ts; the tree and both
// `ps` tables are redrawn with the same view.ts functions that drew the first state.
import { draw, part } from '../../../ui/dom.ts';
import type { Island } from '../../../ui/island.ts';
import { execShell, initialState, killInit, spawnChild, startContainer, type NsState } from './model/scenario.ts';
import { containerPsRows, eventText, hostPsRows, treeView } from './view.ts';

const STEPS: Record<string, (state: NsState) => NsState> = { start: startContainer, exec: execShell, child: spawnChild, kill: killInit, reset: () => initialState() };

export function start({ host, t }: Island): void {
  const ns = <E extends HTMLElement = HTMLElement>(name: string) => part<E>(host, `[data-ns="${name}"]`);
  let state = initialState();

  const redraw = () => {
    ns('event').textContent = eventText(state, t);
    draw(ns('tree'), ...treeView(state, t));
    draw(part(ns('host'), 'tbody'), ...hostPsRows(state));
    draw(part(ns('container'), 'tbody'), ...containerPsRows(state));
    ns('empty').hidden = state.container !== null;
    ns<HTMLButtonElement>('start').disabled = state.container !== null;
    for (const name of ['exec', 'child', 'kill']) ns<HTMLButtonElement>(name).disabled = state.container === null;
  };

  host.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-ns]');
    if (!button || button.disabled) return;
    const step = STEPS[button.dataset.ns!];
    if (!step) return;
    state = step(state);
    redraw();
    // Killing PID 1 disables the button that had focus: keep keyboard users inside the island.
    if (button.disabled) host.querySelector<HTMLButtonElement>('button[data-ns]:not(:disabled)')?.focus();
  });
  redraw();
}
