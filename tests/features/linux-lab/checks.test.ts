// The step checks against output recorded in the real lab VM (content/labs/recorded, by `npm run record:labs`):
// each step's check fails on everything typed before the step and passes once the step's commands have run.
import { describe, expect, it } from 'vitest';
import { STEP_CHECKS, bridgePorts, interfaceNames, learnerCommands, pingReplies, psIsolated, whiteouts, type LearnerCommand } from '../../../src/features/linux-lab/checks.ts';
import { labIds, loadLab, loadRecording } from '../../../src/features/linux-lab/content.ts';

describe('the lab list', () => {
  it('is every YAML file in content/labs, each with its recording', () => {
    expect(labIds).toEqual(expect.arrayContaining(['capstone', 'cgroups', 'namespaces', 'seccomp']));
    for (const id of labIds) expect(loadRecording(id).lab).toBe(id);
  });
});

describe.each(labIds)('lab %s', (id) => {
  const lab = loadLab(id);
  const recording = loadRecording(id);
  const commands = learnerCommands(recording.transcript);

  it('the recording is of the lab as written, every command put back together from the wrapped echo', () => {
    expect(commands.map((c) => c.command)).toEqual(lab.steps.flatMap((step) => step.commands));
    expect(Object.keys(recording.steps)).toEqual(lab.steps.map((step) => step.id));
    expect(commands.map((c) => c.output)).toEqual(lab.steps.flatMap((step) => recording.steps[step.id].map((r) => r.output)));
  });

  it.each(lab.steps.map((step, index) => [step.id, step.check, index] as const))('step %s (%s): not before its commands, yes after', (stepId, check, index) => {
    const upTo = lab.steps.slice(0, index).reduce((n, step) => n + step.commands.length, 0);
    const through = upTo + lab.steps[index].commands.length;
    expect(STEP_CHECKS[check].passes(commands.slice(0, upTo))).toBe(false);
    expect(STEP_CHECKS[check].passes(commands.slice(0, through))).toBe(true);
    // A failed or empty attempt does not pass: the same commands with their output removed.
    const blank = commands.slice(0, through).map((c): LearnerCommand => ({ ...c, output: '', status: 1 }));
    expect(STEP_CHECKS[check].passes(blank)).toBe(false);
  });
});

describe('reading the learner transcript', () => {
  const prompt = (status: number, host = 'host', cwd = '~') => `\x1b]133;D;${status}\x07\x1b]133;A\x07root@${host}:${cwd}# \x1b[6n`;

  it('joins a wrapped echo, keeps the prompt host, ignores ash cursor queries', () => {
    const transcript = `${prompt(0)}echo aaaa\r\r\nbbbb\r\naaaabbbb\r\n${prompt(0, 'box', '/')}hostname\r\nbox\r\n${prompt(0, 'box', '/')}`;
    expect(learnerCommands(transcript)).toEqual([
      { command: 'echo aaaabbbb', host: 'host', output: 'aaaabbbb', status: 0 },
      { command: 'hostname', host: 'box', output: 'box', status: 0 },
    ]);
  });

  it('tells a PID namespace\'s ps from the host\'s', () => {
    expect(psIsolated('PID   USER     COMMAND\n    1 root     sh\n    8 root     {ps} sh\n')).toBe(true);
    expect(psIsolated('PID   USER     COMMAND\n    1 root     {init} /bin/busybox sh /init stage2\n    2 root     [kthreadd]\n')).toBe(false);
    expect(psIsolated('sh: ps: not found')).toBe(false);
  });

  it('lists interfaces from ip link', () => {
    expect(interfaceNames('1: lo: <LOOPBACK> mtu 65536\n    link/loopback 00:00\n2: eth0@if3: <UP> mtu 1500\n')).toEqual(['lo', 'eth0']);
  });

  it('a uts check needs the host\'s own name afterwards, not just a renamed shell', () => {
    const renamedOnly = `${prompt(0)}unshare -u sh -c 'hostname lab && hostname'\r\nlab\r\n${prompt(0)}`;
    expect(STEP_CHECKS['uts-hostname'].passes(learnerCommands(renamedOnly))).toBe(false);
    const renamedHost = `${renamedOnly}hostname lab\r\n${prompt(0, 'lab')}hostname\r\nlab\r\n${prompt(0, 'lab')}`;
    expect(STEP_CHECKS['uts-hostname'].passes(learnerCommands(renamedHost))).toBe(false);
  });
});

describe('reading the container labs\' output', () => {
  it('counts ping replies from busybox\'s summary', () => {
    expect(pingReplies('--- 10.0.0.2 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\n')).toBe(2);
    expect(pingReplies('1 packets transmitted, 0 packets received, 100% packet loss\n')).toBe(0);
    expect(pingReplies('ping: sendto: Network unreachable\n')).toBe(0);
  });

  it('finds overlayfs whiteouts in ls -l', () => {
    const upper = 'total 4\nc---------    2 root     root        0,   0 Dec  6 02:01 old.txt\n-rw-r--r--    1 root     root            25 Dec  6 02:00 new.txt\n';
    expect(whiteouts(upper)).toEqual(['old.txt']);
    expect(whiteouts('crw-rw-rw-    1 root     root        1,   3 Dec  6 02:01 null\n')).toEqual([]);
  });

  it('lists a bridge\'s ports', () => {
    const links = '5: veth1@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP mode DEFAULT group default qlen 1000\n    link/ether 9a:1b\n7: veth2@if6: <BROADCAST> mtu 1500 qdisc noqueue master br0 state UP\n';
    expect(bridgePorts(links)).toEqual(['veth1', 'veth2']);
    expect(bridgePorts('2: eth0: <UP> mtu 1500 qdisc noqueue state UP\n')).toEqual([]);
  });
});
