import { describe, expect, it } from 'vitest';
import { containerRows, execShell, hostRows, initialState, killInit, processTree, spawnChild, startContainer } from '../../../../src/features/sims/namespaces/model/scenario.ts';

// PIDs counted by hand: host PIDs are handed out in order from 100 (sshd 100, dockerd 101, containerd 102),
// a new namespace starts at 1, and a process gets one PID per namespace that can see it (pid_namespaces(7)).

const ps = (rows: { pid: number; ppid: number; command: string }[]) => rows.map((r) => `${r.pid} ${r.ppid} ${r.command}`);

describe('PID namespace visualizer story', () => {
  it('starts with nginx as PID 1 inside and PID 104 on the host, under the shim', () => {
    const state = initialState();
    expect(ps(hostRows(state))).toEqual(['1 0 systemd', '100 1 sshd', '101 1 dockerd', '102 1 containerd', '103 102 containerd-shim', '104 103 nginx']);
    expect(ps(containerRows(state))).toEqual(['1 0 nginx']);
    expect(hostRows(state).at(-1)).toMatchObject({ inContainer: true, otherPid: 1 });
    expect(containerRows(state)[0].otherPid).toBe(104);
    expect(state.event).toEqual({ key: 'sims.ns.event.start', vars: { host: 104, pid: 1 } });
  });

  it('docker exec: the shell is PID 2 inside with PPID 0 (its parent, the shim, is outside); a child of PID 1 is PID 3', () => {
    let state = execShell(initialState());
    expect(state.event.vars).toEqual({ pid: 2, host: 105 });
    state = spawnChild(state);
    expect(state.event.vars).toEqual({ pid: 3, host: 106 });
    expect(ps(containerRows(state))).toEqual(['1 0 nginx', '2 0 sh', '3 1 nginx-worker']);
    expect(ps(hostRows(state)).slice(-3)).toEqual(['104 103 nginx', '105 103 sh', '106 104 nginx-worker']);
    const shim = processTree(state)[0].children.find((n) => n.command === 'containerd')!.children[0];
    expect(shim.children.map((n) => [n.command, n.hostPid, n.containerPid])).toEqual([['nginx', 104, 1], ['sh', 105, 2]]);
  });

  it('killing PID 1 kills everything in the namespace; a new container starts at PID 1 again', () => {
    let state = spawnChild(execShell(initialState()));
    state = killInit(state);
    expect(state.event).toEqual({ key: 'sims.ns.event.kill', vars: { count: 3 } });
    expect(state.container).toBeNull();
    expect(containerRows(state)).toEqual([]);
    expect(ps(hostRows(state))).toEqual(['1 0 systemd', '100 1 sshd', '101 1 dockerd', '102 1 containerd']);
    state = startContainer(state);
    expect(state.event.vars).toEqual({ host: 108, pid: 1 });
    expect(ps(containerRows(state))).toEqual(['1 0 nginx']);
  });
});
