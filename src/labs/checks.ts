// Pure helpers that read the lab VM's serial output, for the lab UI's step checks and the VM tests.
// The guest's prompt starts with two invisible OSC 133 marks (vm/rootfs/etc/profile):
//   ESC ] 133 ; D ; <exit status> BEL   ESC ] 133 ; A BEL   root@host:~#
// xterm.js ignores them, so the learner sees a plain prompt while the UI can tell a command has finished.

/** Printed once by the guest's init just before the first shell (cold boot only). */
export const READY_MARK = '__VM_READY__';

/** Starts every prompt: the previous command has finished when this arrives. */
export const PROMPT_MARK = '\x1b]133;A\x07';

/**
 * Printed by the command line that `captureCommand` builds, right before the command runs: the command's
 * output is what arrives between this and the next prompt (the terminal's echo of the typed line is before it).
 */
export const OUTPUT_MARK = '\x1b]133;C\x07';

const STATUS_MARK = /\x1b\]133;D;(\d+)\x07/g;
const ANSI = /\x1b\][^\x07]*\x07|\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]/g;

/** The exit status carried by the last prompt in `output`, or undefined if no prompt has arrived yet. */
export function lastExitStatus(output: string): number | undefined {
  let status: number | undefined;
  for (const match of output.matchAll(STATUS_MARK)) status = Number(match[1]);
  return status;
}

/**
 * The line to type so that the output can be told apart from the echoed command, even when the line
 * editor wraps it. `printf` is an ash builtin, so it works in any shell in the guest, containers included.
 */
export function captureCommand(command: string): string {
  return `printf '\\033]133;C\\007'; ${command}`;
}

/**
 * The result of a `captureCommand` line, given the serial output received since it was sent; undefined
 * until the next prompt has arrived.
 */
export function parseCapture(outputSinceSent: string): CommandResult | undefined {
  const start = outputSinceSent.indexOf(OUTPUT_MARK);
  if (start < 0) return undefined;
  const rest = outputSinceSent.slice(start + OUTPUT_MARK.length);
  const end = rest.search(/\x1b\]133;D;\d+\x07/);
  if (end < 0) return undefined;
  const status = lastExitStatus(rest.slice(end)) ?? -1;
  return { output: plainText(rest.slice(0, end)), status };
}

/** Terminal text without escape sequences or carriage returns: what the learner reads. */
export function plainText(output: string): string {
  return output.replace(ANSI, '').replace(/\r+\n/g, '\n').replace(/\r/g, '');
}

export interface CommandResult {
  /** The text the command printed, without the echoed command line or the prompt. */
  output: string;
  status: number;
}

/**
 * Splits a serial transcript into finished commands: each chunk between two prompts, its first line being
 * the echoed command. Unfinished output after the last prompt is left out.
 */
export function finishedCommands(transcript: string): Array<CommandResult & { command: string }> {
  const results: Array<CommandResult & { command: string }> = [];
  const prompts = [...transcript.matchAll(/\x1b\]133;A\x07/g)].map((match) => match.index + PROMPT_MARK.length);
  for (let i = 0; i + 1 < prompts.length; i++) {
    const chunk = transcript.slice(prompts[i], prompts[i + 1]);
    const status = lastExitStatus(chunk) ?? -1;
    const text = plainText(chunk);
    const lines = text.split('\n');
    // The first line is the rest of the prompt plus the echoed command ("root@host:~# hostname").
    const command = (lines[0] ?? '').replace(/^.*?[#$] /, '');
    results.push({ command, output: lines.slice(1).join('\n').trimEnd(), status });
  }
  return results;
}

/** `hostname` prints one line; the last non-empty line of its output. */
export function parseHostname(output: string): string | undefined {
  const lines = plainText(output).split('\n').map((line) => line.trim()).filter(Boolean);
  const last = lines.at(-1);
  return last !== undefined && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(last) ? last : undefined;
}

export interface CgroupEvents {
  [key: string]: number;
}

/** A cgroup "flat keyed" file such as memory.events or pids.events: `oom_kill 1` per line. */
export function parseCgroupEvents(text: string): CgroupEvents {
  const events: CgroupEvents = {};
  for (const line of plainText(text).split('\n')) {
    const match = /^\s*([a-z_]+)\s+(\d+)\s*$/.exec(line);
    if (match) events[match[1]] = Number(match[2]);
  }
  return events;
}

/** memory.max, pids.max, cpu.max's first field: a number, or Infinity for "max". */
export function parseCgroupLimit(text: string): number | undefined {
  const value = plainText(text).trim().split(/\s+/)[0];
  if (value === 'max') return Infinity;
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Did a syscall fail with EPERM? Busybox prints strerror(EPERM): "Operation not permitted". */
export function sawEperm(output: string): boolean {
  return /Operation not permitted|\bEPERM\b/.test(plainText(output));
}

/** A fork refused by pids.max: ash prints "can't fork", other tools "Resource temporarily unavailable". */
export function sawForkRefused(output: string): boolean {
  return /can't fork|Resource temporarily unavailable|\bEAGAIN\b/.test(plainText(output));
}

/** The shell reports a process killed by SIGKILL (the OOM killer) as "Killed". */
export function sawKilled(output: string): boolean {
  return /(^|\s)Killed(\s|$)/m.test(plainText(output));
}
