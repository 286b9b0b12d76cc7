// The interactive part of <pid-namespaces>: each button is one pure step of scenario.ts; the tree and
// both `ps` tables are redrawn with createElement/textContent.
import { containerRows, execShell, hostRows, initialState, killInit, processTree, spawnChild, startContainer, type NsRow, type NsState, type NsTreeNode } from './model/scenario.ts';
import { fill, type NsStrings } from './strings.ts';

const STEPS: Record<string, (state: NsState) => NsState> = { start: startContainer, exec: execShell, child: spawnChild, kill: killInit, reset: () => initialState() };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function startPidNamespaces(root: HTMLElement): void {
  const s = JSON.parse(root.dataset.strings!) as NsStrings;
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-ns="${name}"]`)!;
  let state = initialState();

  const treeNode = (node: NsTreeNode): HTMLLIElement => {
    const li = el('li');
    if (node.containerPid !== null) li.dataset.inContainer = '';
    const proc = el('span', undefined, 'ns-proc');
    proc.append(el('code', node.command), ' ', el('span', fill(s['sims.ns.pidHost'], { pid: node.hostPid }), 'ns-pid'));
    if (node.containerPid !== null) proc.append(el('span', fill(s['sims.ns.pidContainer'], { pid: node.containerPid }), 'ns-pid ns-pid-in'));
    li.append(proc);
    if (node.children.length) {
      const ul = el('ul');
      ul.append(...node.children.map(treeNode));
      li.append(ul);
    }
    return li;
  };

  const rows = (rowsData: NsRow[]) =>
    rowsData.map((r) => {
      const tr = el('tr');
      if (r.inContainer) tr.dataset.inContainer = '';
      tr.append(el('td', String(r.pid)), el('td', String(r.ppid)), el('td', r.command), el('td', r.otherPid === null ? '—' : String(r.otherPid)));
      return tr;
    });

  const draw = () => {
    part('event').textContent = fill(s[state.event.key], state.event.vars);
    part('tree').replaceChildren(...processTree(state).map(treeNode));
    part('host').querySelector('tbody')!.replaceChildren(...rows(hostRows(state)));
    part('container').querySelector('tbody')!.replaceChildren(...rows(containerRows(state)));
    part('empty').hidden = state.container !== null;
    part<HTMLButtonElement>('start').disabled = state.container !== null;
    for (const name of ['exec', 'child', 'kill']) part<HTMLButtonElement>(name).disabled = state.container === null;
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-ns]');
    if (!button || button.disabled) return;
    const step = STEPS[button.dataset.ns!];
    if (!step) return;
    state = step(state);
    draw();
    // Killing PID 1 disables the button that had focus: keep keyboard users inside the island.
    if (button.disabled) root.querySelector<HTMLButtonElement>('button[data-ns]:not(:disabled)')?.focus();
  });
  draw();
}
