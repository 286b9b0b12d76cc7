import { describe, expect, it } from 'vitest';
import {
  OUTPUT_MARK,
  PROMPT_MARK,
  captureCommand,
  finishedCommands,
  lastExitStatus,
  parseCapture,
  parseCgroupEvents,
  parseCgroupLimit,
  parseHostname,
  plainText,
  sawEperm,
  sawForkRefused,
  sawKilled,
} from '../../src/features/linux-lab/checks.ts';

// What the guest's prompt looks like on the wire (vm/rootfs/etc/profile).
const prompt = (status: number, cwd = '~') => `\x1b]133;D;${status}\x07${PROMPT_MARK}root@host:${cwd}# `;

describe('prompt marks', () => {
  it('reads the exit status of the last finished command', () => {
    expect(lastExitStatus('booting')).toBeUndefined();
    expect(lastExitStatus(`${prompt(0)}false\r\n${prompt(1)}`)).toBe(1);
  });

  it('captures a command wrapped by captureCommand, even when the echo wraps', () => {
    const command = captureCommand('hostname');
    expect(command).toBe("printf '\\033]133;C\\007'; hostname");
    // The echo holds the printf text (backslashes), never the ESC byte itself.
    const echo = `${command.slice(0, 20)}\r\n${command.slice(20)}\r\n`;
    expect(parseCapture(echo)).toBeUndefined();
    expect(parseCapture(`${echo}${OUTPUT_MARK}host\r\n`)).toBeUndefined();
    expect(parseCapture(`${echo}${OUTPUT_MARK}host\r\n${prompt(0)}`)).toEqual({ output: 'host\n', status: 0 });
    expect(parseCapture(`${echo}${OUTPUT_MARK}sh: nope: not found\r\n${prompt(127)}`)).toEqual({ output: 'sh: nope: not found\n', status: 127 });
  });

  it('splits a transcript of typed commands', () => {
    const transcript = `${prompt(0)}hostname\r\nhost\r\n${prompt(0)}cat /nope\r\ncat: can't open '/nope': No such file or directory\r\n${prompt(1)}ech`;
    expect(finishedCommands(transcript)).toEqual([
      { command: 'hostname', output: 'host', status: 0 },
      { command: 'cat /nope', output: "cat: can't open '/nope': No such file or directory", status: 1 },
    ]);
  });

  it('strips terminal escapes for display-level matching', () => {
    expect(plainText('\x1b[1;32mok\x1b[0m\r\n\x1b]133;A\x07x')).toBe('ok\nx');
  });
});

describe('hostname', () => {
  it('takes the last line', () => {
    expect(parseHostname('lab\r\nhost\r\n')).toBe('host');
    expect(parseHostname('lab\n')).toBe('lab');
    expect(parseHostname('')).toBeUndefined();
    expect(parseHostname("hostname: sethostname: Operation not permitted\n")).toBeUndefined();
  });
});

describe('cgroup files', () => {
  it('parses memory.events and pids.events', () => {
    expect(parseCgroupEvents('low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\noom_group_kill 0\n')).toEqual({
      low: 0,
      high: 0,
      max: 12,
      oom: 1,
      oom_kill: 1,
      oom_group_kill: 0,
    });
    expect(parseCgroupEvents('sh: can\'t fork: Resource temporarily unavailable\r\nmax 1\r\n')).toEqual({ max: 1 });
  });

  it('parses limits, "max" meaning none', () => {
    expect(parseCgroupLimit('max\n')).toBe(Infinity);
    expect(parseCgroupLimit('16777216\n')).toBe(16777216);
    expect(parseCgroupLimit('50000 100000\n')).toBe(50000);
    expect(parseCgroupLimit('cat: no such file\n')).toBeUndefined();
  });
});

describe('what the kernel refused', () => {
  it('EPERM from seccomp', () => {
    expect(sawEperm("mkdir: can't create directory '/tmp/x': Operation not permitted\n")).toBe(true);
    expect(sawEperm('made\n')).toBe(false);
  });
  it('a fork refused by pids.max', () => {
    expect(sawForkRefused("sh: can't fork: Resource temporarily unavailable\n")).toBe(true);
    expect(sawForkRefused('max 0\n')).toBe(false);
  });
  it('a process killed by the OOM killer', () => {
    expect(sawKilled('memhog: 7 MiB\nKilled\n')).toBe(true);
    expect(sawKilled('memhog: done, holding 4 MiB\n')).toBe(false);
  });
});
