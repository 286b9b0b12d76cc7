// The lab's serial console without a VM: a fake serial port records what the lab types, and the test plays the
// shell's side (prompt marks, echo, the capture marks of hidden commands).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LearnerCommand } from '../../../src/features/linux-lab/checks.ts';
import { HIDDEN_TIMEOUT_MS, SerialConsole } from '../../../src/features/linux-lab/serial-console.ts';

const prompt = (status = 0) => `\x1b]133;D;${status}\x07\x1b]133;A\x07root@host:~# `;

function setUp(timeoutMs = 5_000) {
  const sent: string[] = [];
  const screen: string[] = [];
  const commands: LearnerCommand[] = [];
  const events: string[] = [];
  const console = new SerialConsole(
    { send: (text) => sent.push(text) },
    {
      write: (data) => (screen.push(typeof data === 'string' ? data : new TextDecoder().decode(data)), true),
      firstPrompt: () => events.push('first-prompt'),
      commands: (finished) => commands.push(...finished),
      hung: (ms) => events.push(`hung ${ms}`),
    },
    timeoutMs,
  );
  const shell = (text: string) => {
    for (const char of text) console.receive(char.charCodeAt(0));
  };
  return { console, sent, screen, commands, events, shell };
}

describe('SerialConsole', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('nudges the shell, reports the first prompt and the commands the learner finishes', () => {
    const { console, sent, screen, commands, events, shell } = setUp();
    console.waitForFirstPrompt();
    expect(sent).toEqual(['\n']);
    shell(prompt());
    expect(events).toEqual(['first-prompt']);
    expect(console.promptSeen).toBe(true);
    console.type('hostname\r');
    shell('hostname\r\nhost\r\n' + prompt());
    expect(commands).toEqual([{ command: 'hostname', host: 'host', output: 'host', status: 0 }]);
    vi.advanceTimersByTime(1);
    expect(screen.join('')).toContain('hostname\r\nhost');
    expect(events).toEqual(['first-prompt']);
  });

  it('runs the setup (the terminal size) as the nudge, before the first prompt, its echo not shown', () => {
    const { console, sent, screen, commands, events, shell } = setUp();
    console.waitForFirstPrompt('stty cols 100 rows 30');
    expect(sent).toEqual(['stty cols 100 rows 30\n']);
    shell('stty cols 100 rows 30\r\n' + prompt());
    expect(events).toEqual(['first-prompt']);
    console.type('ls');
    expect(sent.at(-1)).toBe('ls');
    vi.advanceTimersByTime(1);
    expect(screen.join('')).toBe('root@host:~# ');
    expect(commands).toEqual([]);
  });

  it('shows what came before the first prompt when no prompt comes', () => {
    const { console, screen, events, shell } = setUp(5_000);
    console.waitForFirstPrompt();
    shell('Kernel panic - not syncing\r\n');
    expect(screen).toEqual([]);
    vi.advanceTimersByTime(5_000);
    expect(events).toEqual(['hung 5000']);
    expect(screen.join('')).toContain('Kernel panic');
  });

  it('runs a hidden command only at an idle prompt, keeps its output off the screen and redraws the prompt', async () => {
    const { console, sent, screen, commands, shell } = setUp();
    console.waitForFirstPrompt();
    shell(prompt());
    const result = console.runHidden('id -u');
    vi.advanceTimersByTime(100);
    expect(console.canProbe).toBe(true);
    expect(sent.at(-1)).toBe(`printf '\\033]133;C\\007'; id -u\n`);
    vi.advanceTimersByTime(1);
    const before = screen.join('');
    shell(`printf ...; id -u\r\n\x1b]133;C\x070\r\n${prompt()}`);
    await expect(result).resolves.toEqual({ output: '0\n', status: 0 });
    expect(screen.join('').slice(before.length)).toBe(`\r\x1b[Kroot@host:~# `);
    expect(commands).toEqual([]);
  });

  it('holds back keys typed while a hidden command runs, then sends them', async () => {
    const { console, sent, shell } = setUp();
    console.waitForFirstPrompt();
    shell(prompt());
    const result = console.runHidden('true');
    vi.advanceTimersByTime(100);
    console.type('ls');
    expect(sent.at(-1)).toContain('true');
    shell(`\x1b]133;C\x07${prompt()}`);
    await result;
    expect(sent.at(-1)).toBe('ls');
  });

  it('waits while the learner types at the prompt, and a newer resize replaces one still queued', async () => {
    const { console, sent, shell } = setUp();
    console.waitForFirstPrompt();
    shell(prompt());
    console.type('l');
    const first = console.runHidden('stty cols 80 rows 24', 'stty cols');
    const second = console.runHidden('stty cols 100 rows 30', 'stty cols');
    vi.advanceTimersByTime(100);
    expect(console.canProbe).toBe(false);
    expect(sent).toEqual(['\n', 'l']);
    await expect(first).resolves.toEqual({ output: '', status: 0 });
    console.type('s\r');
    shell('ls\r\n' + prompt());
    vi.advanceTimersByTime(100);
    expect(sent.at(-1)).toContain('stty cols 100 rows 30');
    shell(`\x1b]133;C\x07${prompt()}`);
    await expect(second).resolves.toEqual({ output: '', status: 0 });
  });

  it('keys typed while the prompt is still being drawn keep a queued hidden command from joining their line', async () => {
    const { console, sent, shell } = setUp();
    console.waitForFirstPrompt();
    shell(prompt());
    console.type('ls\r');
    shell('ls\r\n\x1b]133;D;0\x07\x1b]133;A\x07');
    // The learner starts the next command before the prompt's text has arrived.
    console.type('mkd');
    const resize = console.runHidden('stty cols 80 rows 24', 'stty cols');
    shell('root@host:~# mkd');
    vi.advanceTimersByTime(100);
    expect(console.canProbe).toBe(false);
    expect(sent.at(-1)).toBe('mkd');
    console.type('ir /tmp/x\r');
    shell('ir /tmp/x\r\n' + prompt());
    vi.advanceTimersByTime(100);
    expect(sent.at(-1)).toContain('stty cols 80 rows 24');
    shell(`\x1b]133;C\x07${prompt()}`);
    await expect(resize).resolves.toEqual({ output: '', status: 0 });
  });

  it('a whole line typed ahead while a command runs does not keep the next prompt busy; half a line does', () => {
    const { console, shell } = setUp();
    console.waitForFirstPrompt();
    shell(prompt());
    console.type('sleep 1\r');
    console.type('ls\r');
    shell('sleep 1\r\n' + prompt());
    vi.advanceTimersByTime(100);
    expect(console.canProbe).toBe(true);
    console.type('sleep 1\r');
    console.type('pw');
    shell('ls\r\n' + prompt());
    vi.advanceTimersByTime(100);
    expect(console.canProbe).toBe(false);
  });

  it('a hidden command that gets no answer gives the screen back the prompt it kept off, and sends the held keys; the machine is not called hung', async () => {
    const { console, sent, screen, events, shell } = setUp();
    console.waitForFirstPrompt();
    shell(prompt());
    const result = console.runHidden('true');
    vi.advanceTimersByTime(100);
    console.type('ls');
    // Its capture mark never comes (the line went wrong), but the shell prints a new prompt.
    shell(`sh: oops: not found\r\n${prompt(127)}`);
    vi.advanceTimersByTime(HIDDEN_TIMEOUT_MS);
    await expect(result).rejects.toThrow('no prompt');
    expect(events).toEqual(['first-prompt']);
    expect(screen.join('')).toMatch(/root@host:~# \r\n\x1b\]133;A\x07root@host:~# $/);
    expect(sent.at(-1)).toBe('ls');
  });

  it('reports a hang when no prompt comes, rejecting the hidden commands', async () => {
    const { console, events, shell } = setUp(5_000);
    console.waitForFirstPrompt();
    vi.advanceTimersByTime(5_000);
    expect(events).toEqual(['hung 5000']);
    shell(prompt());
    const result = console.runHidden('sleep 99');
    vi.advanceTimersByTime(100 + HIDDEN_TIMEOUT_MS);
    await expect(result).rejects.toThrow('no prompt');
    expect(events.at(-1)).toBe(`hung ${HIDDEN_TIMEOUT_MS}`);
  });

  it('keeps output for a screen that is not there yet, and stays quiet once stopped', () => {
    const sent: string[] = [];
    let open = false;
    const shown: string[] = [];
    const console = new SerialConsole(
      { send: (text) => sent.push(text) },
      { write: (data) => open && (shown.push(typeof data === 'string' ? data : new TextDecoder().decode(data)), true), firstPrompt() {}, commands() {}, hung() {} },
      1_000,
    );
    console.waitForFirstPrompt();
    for (const char of prompt()) console.receive(char.charCodeAt(0));
    console.flush();
    open = true;
    console.receive(66);
    console.flush();
    expect(shown).toEqual(['root@host:~# B']);
    console.stop();
    console.type('x');
    expect(sent).toEqual(['\n']);
  });
});
