// What <pid-namespaces> draws from a state: the host's process tree (each process with both of its PIDs) and the two
// `ps` tables. PidNamespaces.astro renders the first state with these functions and client.ts redraws with them.
import { h, type View } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import { containerRows, hostRows, processTree, type NsRow, type NsState, type NsTreeNode } from './model/scenario.ts';

/** Marks a process that lives in the container's namespace (styled, and counted by tests). */
const inContainer = (yes: boolean) => (yes ? '' : undefined);

function treeNode(node: NsTreeNode, t: Translate): View {
  return h('li', { 'data-in-container': inContainer(node.containerPid !== null) },
    h('span', { class: 'ns-proc' },
      h('code', {}, node.command), ' ',
      h('span', { class: 'ns-pid' }, t('sims.ns.pidHost', { pid: node.hostPid })),
      node.containerPid !== null && h('span', { class: 'ns-pid ns-pid-in' }, t('sims.ns.pidContainer', { pid: node.containerPid }))),
    node.children.length > 0 && h('ul', {}, ...node.children.map((child) => treeNode(child, t))),
  );
}

export const treeView = (state: NsState, t: Translate): View[] => processTree(state).map((node) => treeNode(node, t));

const psRow = (row: NsRow): View =>
  h('tr', { 'data-in-container': inContainer(row.inContainer) },
    h('td', {}, row.pid), h('td', {}, row.ppid), h('td', {}, row.command), h('td', {}, row.otherPid ?? '—'));

/** `ps -e -o pid,ppid,comm` on the host, with each process's PID inside the container. */
export const hostPsRows = (state: NsState): View[] => hostRows(state).map(psRow);

/** The same `ps` inside the container, with each process's PID on the host (no rows when no container runs). */
export const containerPsRows = (state: NsState): View[] => containerRows(state).map(psRow);

export const eventText = (state: NsState, t: Translate): string => t(state.event.key, state.event.vars);
