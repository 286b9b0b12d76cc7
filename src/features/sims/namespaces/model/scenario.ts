// The PID namespace visualizer's story, as pure steps over pid-namespace.ts: a host running
// Docker, a container started by a containerd shim, `docker exec`, a child of PID 1, and killing PID 1.
import { createPidWorld, killProcess, listProcesses, pidIn, spawnProcess, ROOT_PID_NAMESPACE, type PidWorld, type SpawnOptions } from './pid-namespace.ts';

export type NsState = {
  world: PidWorld;
  /** The running container's namespace, its init and the shim that started it (null: no container). */
  container: { namespace: number; init: number; shim: number } | null;
  /** What the last step did, as a UI-string key and its values. */
  event: { key: NsEventKey; vars: Record<string, string | number> };
};

export type NsEventKey = 'sims.ns.event.start' | 'sims.ns.event.exec' | 'sims.ns.event.child' | 'sims.ns.event.kill' | 'sims.ns.event.none';

const must = (result: ReturnType<typeof spawnProcess>) => {
  if (!result.ok) throw new Error(result.error);
  return result;
};

/** A host with systemd, sshd, dockerd and containerd (host PIDs 1, 100–102), and a container already running. */
export function initialState(): NsState {
  let world = createPidWorld('systemd', 100);
  for (const command of ['sshd', 'dockerd', 'containerd']) world = must(spawnProcess(world, 0, command)).world;
  return startContainer({ world, container: null, event: { key: 'sims.ns.event.none', vars: {} } });
}

const containerd = (world: PidWorld) => world.processes.find((p) => p.command === 'containerd')!.id;

/** `docker run nginx`: containerd starts a shim; the shim clones nginx into a new PID namespace. */
export function startContainer(state: NsState): NsState {
  if (state.container) return state;
  const shim = must(spawnProcess(state.world, containerd(state.world), 'containerd-shim'));
  const init = must(spawnProcess(shim.world, shim.process.id, 'nginx', { newPidNamespace: true }));
  return {
    world: init.world,
    container: { namespace: init.process.namespace, init: init.process.id, shim: shim.process.id },
    event: { key: 'sims.ns.event.start', vars: { host: pidIn(init.world, init.process.id, ROOT_PID_NAMESPACE)!, pid: 1 } },
  };
}

/** `docker exec -it … sh`: the shim's child enters the namespace with setns; its parent stays outside. */
export const execShell = (state: NsState): NsState =>
  state.container ? spawnInContainer(state, state.container.shim, 'sh', 'sims.ns.event.exec', { intoNamespace: state.container.namespace }) : state;

/** PID 1 forks a worker. */
export const spawnChild = (state: NsState): NsState =>
  state.container ? spawnInContainer(state, state.container.init, 'nginx-worker', 'sims.ns.event.child') : state;

/** A new process in the running container, and the event that names both of its PIDs. */
function spawnInContainer(state: NsState, parent: number, command: string, key: NsEventKey, options?: SpawnOptions): NsState {
  const namespace = state.container!.namespace;
  const spawned = spawnProcess(state.world, parent, command, options);
  if (!spawned.ok) return state;
  const { world, process } = spawned;
  return { ...state, world, event: { key, vars: { pid: pidIn(world, process.id, namespace)!, host: pidIn(world, process.id, ROOT_PID_NAMESPACE)! } } };
}

/** SIGKILL the container's PID 1: the kernel kills everything in its namespace. */
export function killInit(state: NsState): NsState {
  if (!state.container) return state;
  const before = listProcesses(state.world, state.container.namespace).length;
  const world = killProcess(state.world, state.container.init);
  // The shim notices its child is gone and exits too, as containerd-shim does.
  const shimGone = killProcess(world, state.container.shim);
  return { world: shimGone, container: null, event: { key: 'sims.ns.event.kill', vars: { count: before } } };
}

/** `otherPid`: the same process's PID in the other view (inside the container for a host row, on the host for a container row). */
export type NsRow = { pid: number; ppid: number; command: string; inContainer: boolean; otherPid: number | null };

/** `ps -e -o pid,ppid,comm` from the host, with each process's PID inside the container when it has one. */
export function hostRows(state: NsState): NsRow[] {
  const ns = state.container?.namespace ?? null;
  return listProcesses(state.world, ROOT_PID_NAMESPACE).map((line) => {
    const process = state.world.processes.find((p) => p.alive && pidIn(state.world, p.id, ROOT_PID_NAMESPACE) === line.pid)!;
    const otherPid = ns === null ? null : pidIn(state.world, process.id, ns);
    return { ...line, inContainer: otherPid !== null, otherPid };
  });
}

/** The same command run inside the container (empty when no container runs). */
export function containerRows(state: NsState): NsRow[] {
  if (!state.container) return [];
  const ns = state.container.namespace;
  return listProcesses(state.world, ns).map((line) => {
    const process = state.world.processes.find((p) => p.alive && pidIn(state.world, p.id, ns) === line.pid)!;
    return { ...line, inContainer: true, otherPid: pidIn(state.world, process.id, ROOT_PID_NAMESPACE) };
  });
}

export type NsTreeNode = { command: string; hostPid: number; containerPid: number | null; children: NsTreeNode[] };

/** The host's process tree (by parent), each node with both of its PIDs. */
export function processTree(state: NsState): NsTreeNode[] {
  const rows = hostRows(state);
  const build = (pid: number): NsTreeNode => {
    const row = rows.find((r) => r.pid === pid)!;
    return { command: row.command, hostPid: row.pid, containerPid: row.otherPid, children: rows.filter((r) => r.ppid === pid && r.pid !== pid).map((r) => build(r.pid)) };
  };
  return rows.filter((r) => r.ppid === 0).map((r) => build(r.pid));
}
