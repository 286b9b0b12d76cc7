import { describe, expect, it } from 'vitest';
import {
  createPidWorld,
  killProcess,
  listProcesses,
  pidIn,
  spawnProcess,
  type PidWorld,
  type SpawnOptions,
} from '../../../../src/features/sims/namespaces/model/pid-namespace.ts';

// Rules from pid_namespaces(7): https://man7.org/linux/man-pages/man7/pid_namespaces.7.html
// and clone(2) (ENOSPC beyond 32 nested levels). Expected PIDs are counted by hand.

function spawn(world: PidWorld, parent: number, command: string, options?: SpawnOptions) {
  const result = spawnProcess(world, parent, command, options);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Host: systemd (PID 1); a shim (host PID 100) starts nginx as PID 1 of a new namespace. */
function container() {
  let world = createPidWorld('systemd', 100);
  const shim = spawn(world, 0, 'containerd-shim');
  world = shim.world;
  const nginx = spawn(world, shim.process.id, 'nginx', { newPidNamespace: true });
  world = nginx.world;
  const worker = spawn(world, nginx.process.id, 'nginx-worker');
  world = worker.world;
  const exec = spawn(world, shim.process.id, 'sh', { intoNamespace: nginx.process.namespace });
  world = exec.world;
  return { world, shim: shim.process, nginx: nginx.process, worker: worker.process, exec: exec.process };
}

describe('PID namespaces (pid_namespaces(7))', () => {
  it('gives the same process one PID per namespace that can see it: PID 1 inside, 101 on the host', () => {
    const { world, nginx, worker } = container();
    expect(nginx.pids).toEqual([
      { namespace: 1, pid: 1 },
      { namespace: 0, pid: 101 },
    ]);
    expect([pidIn(world, worker.id, 1), pidIn(world, worker.id, 0)]).toEqual([2, 102]);
  });

  it('hides the parent namespace from the child: ps inside shows only the container, with ppid 0 for outside parents', () => {
    const { world, shim } = container();
    expect(pidIn(world, shim.id, 1)).toBeNull();
    expect(listProcesses(world, 1)).toEqual([
      { pid: 1, ppid: 0, command: 'nginx' },
      { pid: 2, ppid: 1, command: 'nginx-worker' },
      { pid: 3, ppid: 0, command: 'sh' }, // docker exec: joined the namespace, parent stays outside
    ]);
    expect(listProcesses(world, 0)).toEqual([
      { pid: 1, ppid: 0, command: 'systemd' },
      { pid: 100, ppid: 1, command: 'containerd-shim' },
      { pid: 101, ppid: 100, command: 'nginx' },
      { pid: 102, ppid: 101, command: 'nginx-worker' },
      { pid: 103, ppid: 100, command: 'sh' },
    ]);
  });

  it('nests namespaces: a grandchild namespace process has three PIDs', () => {
    const { world, worker } = container();
    const inner = spawn(world, worker.id, 'inner-init', { newPidNamespace: true });
    expect(inner.process.pids).toEqual([
      { namespace: 2, pid: 1 },
      { namespace: 1, pid: 4 },
      { namespace: 0, pid: 104 },
    ]);
    expect(listProcesses(inner.world, 2)).toEqual([{ pid: 1, ppid: 0, command: 'inner-init' }]);
  });

  it('re-parents orphans to the init of their namespace (a nested init goes to the outer init)', () => {
    const { world, worker } = container();
    const job = spawn(world, worker.id, 'job');
    const inner = spawn(job.world, worker.id, 'inner-init', { newPidNamespace: true });
    const after = killProcess(inner.world, worker.id);
    expect(listProcesses(after, 1)).toEqual([
      { pid: 1, ppid: 0, command: 'nginx' },
      { pid: 3, ppid: 0, command: 'sh' },
      { pid: 4, ppid: 1, command: 'job' },
      { pid: 5, ppid: 1, command: 'inner-init' },
    ]);
  });

  it('kills every process of the namespace, nested ones included, when its PID 1 dies; later forks into it fail with ENOMEM', () => {
    const { world, shim, nginx, worker } = container();
    const inner = spawn(world, worker.id, 'inner-init', { newPidNamespace: true });
    const after = killProcess(inner.world, nginx.id);
    expect(listProcesses(after, 0)).toEqual([
      { pid: 1, ppid: 0, command: 'systemd' },
      { pid: 100, ppid: 1, command: 'containerd-shim' },
    ]);
    expect(listProcesses(after, 1)).toEqual([]);
    expect(spawnProcess(after, shim.id, 'sh', { intoNamespace: 1 })).toEqual({ ok: false, error: 'ENOMEM' });
  });

  it('limits nesting to 32 levels (clone(2): ENOSPC) and only lets a process enter its own or a descendant namespace', () => {
    let world = createPidWorld();
    let parent = 0;
    for (let level = 1; level <= 32; level += 1) {
      const next = spawn(world, parent, `init-${level}`, { newPidNamespace: true });
      world = next.world;
      parent = next.process.id;
    }
    expect(spawnProcess(world, parent, 'too-deep', { newPidNamespace: true })).toEqual({ ok: false, error: 'ENOSPC' });
    expect(spawnProcess(world, parent, 'escape', { intoNamespace: 0 })).toEqual({ ok: false, error: 'EINVAL' });
  });
});
