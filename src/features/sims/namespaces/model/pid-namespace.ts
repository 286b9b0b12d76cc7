// PID namespaces as pid_namespaces(7) describes them (https://man7.org/linux/man-pages/man7/pid_namespaces.7.html):
// - a process has one PID in its own namespace and one in every ancestor namespace, and is
//   invisible from sibling and descendant namespaces;
// - the first process created in a new namespace (clone(CLONE_NEWPID)) has PID 1, is its "init",
//   and getppid() returns 0 for it because its parent lives outside;
// - orphans are re-parented to the init of their namespace (subreapers are not modelled);
// - when a namespace's init terminates, the kernel SIGKILLs every process in the namespace
//   (which includes the processes of nested namespaces), and a later fork into it fails with ENOMEM;
// - namespaces nest at most 32 levels below the root.
// Simplified: PIDs are handed out in order and never wrap around pid_max. All functions are pure.

export const MAX_PID_NAMESPACE_LEVEL = 32;
export const ROOT_PID_NAMESPACE = 0;

export type PidNamespace = { id: number; parent: number | null; level: number; nextPid: number; init: number | null };

export type SimProcess = {
  /** Identity inside the simulation (not a PID). */
  id: number;
  command: string;
  parent: number | null;
  /** The namespace the process lives in (the deepest one it is visible in). */
  namespace: number;
  /** PID in each namespace that can see it, from its own up to the root. */
  pids: { namespace: number; pid: number }[];
  alive: boolean;
};

export type PidWorld = { namespaces: PidNamespace[]; processes: SimProcess[] };

export type SpawnResult = { ok: true; world: PidWorld; process: SimProcess } | { ok: false; error: 'ENOMEM' | 'ENOSPC' | 'ESRCH' | 'EINVAL' };

/** The host: a root namespace whose init (PID 1) is `initCommand`; later host PIDs start at `nextHostPid`. */
export function createPidWorld(initCommand = 'systemd', nextHostPid = 2): PidWorld {
  return {
    namespaces: [{ id: ROOT_PID_NAMESPACE, parent: null, level: 0, nextPid: nextHostPid, init: 0 }],
    processes: [{ id: 0, command: initCommand, parent: null, namespace: 0, pids: [{ namespace: 0, pid: 1 }], alive: true }],
  };
}

export type SpawnOptions = {
  /** clone(CLONE_NEWPID): the child is PID 1 of a new namespace nested in its home namespace. */
  newPidNamespace?: boolean;
  /**
   * setns(2) into a descendant PID namespace, then fork (what `docker exec` and `nsenter -p` do):
   * the child lives there while its parent stays outside.
   */
  intoNamespace?: number;
};

/** fork/clone a child of `parentId`. */
export function spawnProcess(world: PidWorld, parentId: number, command: string, options: SpawnOptions = {}): SpawnResult {
  const parent = world.processes.find((p) => p.id === parentId && p.alive);
  if (!parent) return { ok: false, error: 'ESRCH' };
  const namespaces = world.namespaces.map((ns) => ({ ...ns }));
  let home = namespaces.find((ns) => ns.id === (options.intoNamespace ?? parent.namespace));
  if (!home || !isSameOrDescendant(namespaces, home.id, parent.namespace)) return { ok: false, error: 'EINVAL' };
  // The root is level 0; a level above 32 fails with ENOSPC (clone(2), since Linux 4.9).
  if (options.newPidNamespace) {
    if (home.level + 1 > MAX_PID_NAMESPACE_LEVEL) return { ok: false, error: 'ENOSPC' };
    home = { id: namespaces.length, parent: home.id, level: home.level + 1, nextPid: 1, init: null };
    namespaces.push(home);
  } else if (home.init === null) {
    return { ok: false, error: 'ENOMEM' };
  }
  const id = world.processes.length;
  const pids: SimProcess['pids'] = [];
  for (let ns: PidNamespace | undefined = home; ns; ns = namespaces.find((n) => n.id === ns!.parent)) {
    pids.push({ namespace: ns.id, pid: ns.nextPid });
    ns.nextPid += 1;
  }
  if (options.newPidNamespace) home.init = id;
  const process: SimProcess = { id, command, parent: parent.id, namespace: home.id, pids, alive: true };
  return { ok: true, world: { namespaces, processes: [...world.processes, process] }, process };
}

/** The PID `process` has when seen from `namespace`, or null when it is not visible there. */
export function pidIn(world: PidWorld, processId: number, namespace: number): number | null {
  const process = world.processes.find((p) => p.id === processId);
  return process?.pids.find((entry) => entry.namespace === namespace)?.pid ?? null;
}

export type PsLine = { pid: number; ppid: number; command: string };

/** What `ps -e -o pid,ppid,comm` shows from inside `namespace` (ppid 0 when the parent is outside). */
export function listProcesses(world: PidWorld, namespace: number): PsLine[] {
  return world.processes
    .filter((p) => p.alive && pidIn(world, p.id, namespace) !== null)
    .map((p) => ({
      pid: pidIn(world, p.id, namespace)!,
      ppid: p.parent === null ? 0 : (pidIn(world, p.parent, namespace) ?? 0),
      command: p.command,
    }))
    .sort((a, b) => a.pid - b.pid);
}

/** SIGKILL one process. Killing a namespace's init kills everything in that namespace. */
export function killProcess(world: PidWorld, processId: number): PidWorld {
  const target = world.processes.find((p) => p.id === processId && p.alive);
  if (!target) return world;
  if (processId === world.namespaces[ROOT_PID_NAMESPACE].init) {
    throw new Error('killing the host init panics the kernel; the simulation does not model that');
  }
  const dead = new Set([processId]);
  const namespaces = world.namespaces.map((ns) => ({ ...ns }));
  for (const ns of namespaces) {
    if (ns.init === processId) {
      ns.init = null;
      for (const p of world.processes) if (p.pids.some((entry) => entry.namespace === ns.id)) dead.add(p.id);
    }
  }
  // Processes in a namespace whose init just died lose their init too.
  for (const ns of namespaces) if (ns.init !== null && dead.has(ns.init)) ns.init = null;
  const processes = world.processes.map((p) => {
    if (dead.has(p.id)) return { ...p, alive: false };
    if (p.alive && p.parent !== null && dead.has(p.parent)) return { ...p, parent: reaperOf(p, namespaces) };
    return p;
  });
  return { namespaces, processes };
}

/** The init that adopts an orphan: its namespace's init, or the parent namespace's for an init itself. */
function reaperOf(orphan: SimProcess, namespaces: PidNamespace[]): number | null {
  const own = namespaces.find((ns) => ns.id === orphan.namespace)!;
  if (own.init !== orphan.id) return own.init;
  return namespaces.find((ns) => ns.id === own.parent)?.init ?? null;
}

function isSameOrDescendant(namespaces: PidNamespace[], candidate: number, ancestor: number): boolean {
  for (let ns = namespaces.find((n) => n.id === candidate); ns; ns = namespaces.find((n) => n.id === ns!.parent)) {
    if (ns.id === ancestor) return true;
  }
  return false;
}
