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

// ——— The Linux labs' step checks (content/labs/<lab>.yaml names them by id) ———

/** A command the learner typed, with the hostname its prompt showed (containers and UTS namespaces change it). */
export interface LearnerCommand extends CommandResult {
  command: string;
  /** The host part of the prompt the command was typed at ("root@box:/# " → "box"). */
  host: string | undefined;
}

/**
 * Like finishedCommands, for what a learner types: the shell's line editor breaks an echoed line wider than the
 * terminal with "\r\r\n" (its own output ends lines with a single "\r\n"), so the whole command is put back
 * together and its tail is not mistaken for output; the cursor-position query ash sends (ESC [6n) is dropped.
 */
export function learnerCommands(transcript: string): LearnerCommand[] {
  const results: LearnerCommand[] = [];
  const prompts = [...transcript.matchAll(/\x1b\]133;A\x07/g)].map((match) => match.index + PROMPT_MARK.length);
  for (let i = 0; i + 1 < prompts.length; i++) {
    const chunk = transcript.slice(prompts[i], prompts[i + 1]);
    const status = lastExitStatus(chunk) ?? -1;
    const eol = chunk.search(/(?<!\r)\r\n/);
    const echo = plainText((eol < 0 ? chunk : chunk.slice(0, eol)).replace(/\r\r\n/g, '')).split('\n').at(-1) ?? '';
    const prompt = /^[^@\s]+@([^:\s]+):\S*[#$] ?/.exec(echo);
    const command = prompt ? echo.slice(prompt[0].length) : echo.replace(/^.*?[#$] /, '');
    const output = eol < 0 ? '' : plainText(chunk.slice(eol + 2)).trimEnd();
    results.push({ command: command.trim(), host: prompt?.[1], output, status });
  }
  return results;
}

/** `ps` output (busybox: PID USER COMMAND) whose PID 1 is not the machine's init and shows no kernel threads. */
export function psIsolated(output: string): boolean {
  const text = plainText(output);
  if (!/^\s*PID\s+USER\s+(TIME\s+)?COMMAND/m.test(text)) return false;
  const pidOne = /^\s*1\s+\S+\s+(.*)$/m.exec(text);
  return pidOne !== null && !/\binit\b/.test(pidOne[1]) && !/\[kthreadd\]/.test(text);
}

/** Interface names in `ip link` / `ip addr` output, in order. */
export function interfaceNames(output: string): string[] {
  return [...plainText(output).matchAll(/^\d+:\s+([^:@\s]+)[:@]/gm)].map((match) => match[1]);
}

function lines(output: string): string[] {
  return plainText(output).split('\n').map((line) => line.trim()).filter(Boolean);
}

/** A short-option cluster or long option in a command line: hasOption(cmd, 'u', 'uts'). */
function hasOption(command: string, short: string, long: string): boolean {
  return new RegExp(`\\s-[A-Za-z]*${short}[A-Za-z]*\\b|\\s--${long}\\b`).test(command);
}

const unshares = (c: LearnerCommand, short: string, long: string) => /\bunshare\b/.test(c.command) && hasOption(c.command, short, long);
const numbers = (output: string) => lines(output).map((line) => parseCgroupLimit(line));

export interface StepCheck {
  /** Decides from the commands the learner has finished so far (run after every prompt). */
  passes(commands: LearnerCommand[]): boolean;
  /** For the Check button: a read-only command the lab may run in the guest, hidden, at an idle prompt. */
  probe?: { command: string; passes(result: CommandResult): boolean };
}

export const STEP_CHECKS: Record<string, StepCheck> = {
  'uts-hostname': {
    passes(commands) {
      return commands.some((c, i) => {
        const names = lines(c.output);
        const renamed = (unshares(c, 'u', 'uts') || (c.host !== undefined && c.host !== 'host')) && names.some((name) => name !== 'host' && /^[A-Za-z0-9.-]+$/.test(name));
        if (!renamed || c.status !== 0) return false;
        // Either the same line ends with the host's own `hostname`, or a later one does.
        if (unshares(c, 'u', 'uts') && names.at(-1) === 'host' && /;\s*hostname\s*$/.test(c.command)) return true;
        return commands.slice(i + 1).some((later) => /^hostname\s*$/.test(later.command) && later.host === 'host' && parseHostname(later.output) === 'host');
      });
    },
  },
  'pid-one': {
    passes: (commands) => commands.some((c) => /\bmy PID: 1$/m.test(c.output) || (psIsolated(c.output) && (unshares(c, 'p', 'pid') || c.host !== undefined))),
  },
  'net-lo-only': {
    passes: (commands) => commands.some((c) => unshares(c, 'n', 'net') && c.status === 0 && interfaceNames(c.output).join() === 'lo'),
  },
  'user-root': {
    passes: (commands) =>
      commands.some((c) => unshares(c, 'U', 'user') && lines(c.output).some((l) => /^(uid=)?0\b/.test(l)) && lines(c.output).some((l) => /^(uid=)?65534\b/.test(l))),
  },
  'nsenter-joined': {
    passes: (commands) =>
      commands.some((c) => /\bnsenter\b/.test(c.command) && c.status === 0 && lines(c.output).some((l) => !/^nsenter:|^\[\d+\]/.test(l) && l !== 'host')),
  },
  'cgroup-created': {
    passes: (commands) => commands.some((c) => c.status === 0 && createdCgroup(c.output)),
    probe: { command: 'ls /sys/fs/cgroup/lab', passes: (r) => r.status === 0 && createdCgroup(r.output) },
  },
  'pids-fork': {
    passes: (commands) => commands.some((c) => sawForkRefused(c.output) || (/pids\.events/.test(c.command) && (parseCgroupEvents(c.output).max ?? 0) > 0)),
    probe: { command: 'cat /sys/fs/cgroup/lab/pids.events', passes: (r) => (parseCgroupEvents(r.output).max ?? 0) > 0 },
  },
  'memory-oom': {
    passes: (commands) =>
      commands.some((c) => (/memory\.events/.test(c.command) && (parseCgroupEvents(c.output).oom_kill ?? 0) > 0) || (/\bmemhog\b/.test(c.command) && sawKilled(c.output))),
    probe: { command: 'cat /sys/fs/cgroup/mem/memory.events', passes: (r) => (parseCgroupEvents(r.output).oom_kill ?? 0) > 0 },
  },
  'cpu-throttled': {
    passes: (commands) => commands.some((c) => /cpu\.stat/.test(c.command) && (parseCgroupEvents(c.output).nr_throttled ?? 0) > 0),
    probe: { command: 'cat /sys/fs/cgroup/cpu/cpu.stat', passes: (r) => (parseCgroupEvents(r.output).nr_throttled ?? 0) > 0 },
  },
  'seccomp-eperm': {
    passes: (commands) => commands.some((c) => /\bseccomp-mkdir\b/.test(c.command) && /\bmkdir\b.*\bmkdir\b/.test(c.command) && sawEperm(c.output)),
  },
  'seccomp-others-work': {
    passes: (commands) =>
      commands.some((c) => /^seccomp-mkdir\s+(?!mkdir\b)\S/.test(c.command) && c.status === 0 && !sawEperm(c.output) && c.output.trim() !== ''),
  },
  'mkdir-unfiltered': {
    passes: (commands) => commands.some((c) => /(^|[;&|]\s*)mkdir\s/.test(c.command) && !/seccomp-mkdir/.test(c.command) && c.status === 0 && !sawEperm(c.output)),
  },
  'box-cgroup': {
    passes(commands) {
      const wrote = (file: string) => commands.some((c) => c.status === 0 && new RegExp(`>\\s*/sys/fs/cgroup/box/${file}\\b`).test(c.command));
      return wrote('pids\\.max') && wrote('memory\\.max');
    },
    probe: {
      command: 'cat /sys/fs/cgroup/box/pids.max /sys/fs/cgroup/box/memory.max',
      passes: (r) => r.status === 0 && numbers(r.output).length === 2 && numbers(r.output).every((n) => n !== undefined && Number.isFinite(n)),
    },
  },
  'container-pid1': {
    passes: (commands) => commands.some((c) => c.host !== undefined && c.host !== 'host' && psIsolated(c.output)),
  },
  'container-inside': {
    passes: (commands) => commands.some((c) => c.host !== undefined && c.host !== 'host' && /^0::\/box\b/m.test(c.output)),
  },
  'chroot-leaks': {
    passes: (commands) => commands.some((c) => /\bchroot\b/.test(c.command) && lines(c.output).includes('host') && /\{init\}|\[kthreadd\]/.test(c.output)),
  },
};

/** A freshly made child cgroup lists its interface files and the enabled controllers' limits. */
function createdCgroup(output: string): boolean {
  const names = plainText(output).split(/\s+/);
  return ['cgroup.procs', 'pids.max', 'memory.max'].every((name) => names.includes(name));
}

// ——— Issue 14's labs: networking, storage, OCI runtime (appended; the checks above are unchanged) ———

/** busybox ping's summary: "2 packets transmitted, 2 packets received, 0% packet loss". */
export function pingReplies(output: string): number {
  const match = /(\d+) packets transmitted, (\d+) packets received/.exec(plainText(output));
  return match ? Number(match[2]) : 0;
}

/** An overlayfs whiteout in `ls -l` output: a character device 0, 0 (the deleted lower file's name). */
export function whiteouts(output: string): string[] {
  return [...plainText(output).matchAll(/^c[-rwx]{9}\s+\d+\s+\S+\s+\S+\s+0,\s+0\s+.*?(\S+)$/gm)].map((match) => match[1]);
}

/** Lines of `ip link` output that name br0 as their master: the ports of the bridge. */
export function bridgePorts(output: string): string[] {
  return [...plainText(output).matchAll(/^\d+:\s+([^:@\s]+)[@:].*\bmaster br0\b/gm)].map((match) => match[1]);
}

const ranInNetns = (c: LearnerCommand, names: RegExp) => new RegExp(`\\bip\\s+netns\\s+exec\\s+${names.source}\\b|\\bip\\s+-n\\s+${names.source}\\b`).test(c.command);
const natRule = (output: string, verdict: RegExp) => verdict.test(plainText(output));
const wgetLike = (c: LearnerCommand) => /\b(wget|nc)\b/.test(c.command) && /\b8080\b/.test(c.command);
const overlayMounted = (commands: LearnerCommand[], lowers: RegExp) =>
  commands.some((c) => /\bmount\b.*-t\s+overlay\b/.test(c.command) && lowers.test(c.command) && c.status === 0);

export const CONTAINER_STEP_CHECKS: Record<string, StepCheck> = {
  // Networking
  'veth-ping': {
    passes: (commands) => commands.some((c) => /\bping\b/.test(c.command) && ranInNetns(c, /\S+/) && pingReplies(c.output) > 0),
    probe: { command: 'ip netns exec red ping -c 1 -W 2 10.0.0.2', passes: (r) => pingReplies(r.output) > 0 },
  },
  'bridge-three': {
    passes: (commands) =>
      commands.some((c) => bridgePorts(c.output).length >= 3) &&
      commands.some((c) => /\bping\b/.test(c.command) && ranInNetns(c, /c\d/) && /172\.18\.0\.\d+/.test(c.command) && pingReplies(c.output) > 0),
    probe: { command: 'ip link show master br0', passes: (r) => bridgePorts(r.output).length >= 3 },
  },
  'nat-outside': {
    passes: (commands) =>
      commands.some((c) => /\bnft\b/.test(c.command) && /\bmasquerade\b/.test(c.command) && c.status === 0) &&
      commands.some((c) => /\bping\b/.test(c.command) && ranInNetns(c, /c\d/) && /203\.0\.113\.\d+/.test(c.command) && pingReplies(c.output) > 0),
    probe: { command: 'nft list chain ip nat postrouting', passes: (r) => r.status === 0 && natRule(r.output, /\bmasquerade\b/) },
  },
  'dnat-published': {
    passes: (commands) =>
      commands.some((c) => /\bnft\b/.test(c.command) && /\bdnat\b/.test(c.command) && c.status === 0) &&
      commands.some((c) => wgetLike(c) && c.status === 0 && /\S/.test(c.output) && !/refused|timed out|error/i.test(c.output)),
    probe: { command: 'wget -q -T 3 -O - http://203.0.113.1:8080/', passes: (r) => r.status === 0 && /\S/.test(r.output) },
  },
  // Storage
  'overlay-upper': {
    passes: (commands) =>
      overlayMounted(commands, /upperdir=/) && commands.some((c) => /\bls\b[^|;&]*upper/.test(c.command) && c.status === 0 && /new\.txt/.test(c.output)),
    probe: { command: 'ls /tmp/ov/upper', passes: (r) => r.status === 0 && /new\.txt/.test(r.output) },
  },
  'overlay-whiteout': {
    passes: (commands) => commands.some((c) => /\bls\b/.test(c.command) && whiteouts(c.output).length > 0),
    probe: { command: 'ls -l /tmp/ov/upper', passes: (r) => whiteouts(r.output).length > 0 },
  },
  'layers-stacked': {
    passes: (commands) => overlayMounted(commands, /lowerdir=[^,\s:]+:[^,\s]+/) && commands.some((c) => /\blayer 2\b/.test(c.output) && c.status === 0),
    probe: { command: 'cat /tmp/img/rootfs/etc/motd', passes: (r) => r.status === 0 && /\blayer 2\b/.test(r.output) },
  },
  'layers-root': {
    passes: (commands) => commands.some((c) => c.host !== undefined && c.host !== 'host' && /\blayer 2\b/.test(c.output) && !/\/tmp\/img/.test(c.command)),
  },
  // OCI runtime
  'oci-spec': {
    passes: (commands) => commands.some((c) => /\bcrun\s+spec\b/.test(c.command) && c.status === 0),
    probe: { command: 'test -f /srv/oci/busybox/config.json && echo present', passes: (r) => /present/.test(r.output) },
  },
  'oci-read': {
    passes(commands) {
      const read = commands.filter((c) => /config\.json/.test(c.command) && c.status === 0).map((c) => c.output).join('\n');
      return /"type":\s*"pid"/.test(read) && /CAP_[A-Z_]+/.test(read);
    },
  },
  'oci-running': {
    passes: (commands) =>
      commands.some((c) => /\bcrun\s+(run\s+(-d|--detach)|create|start)\b/.test(c.command) && c.status === 0) &&
      commands.some((c) => /\bcrun\s+(list|state)\b/.test(c.command) && /\brunning\b/.test(c.output)),
    probe: { command: 'crun list', passes: (r) => /\brunning\b/.test(r.output) },
  },
  'oci-from-host': {
    passes: (commands) =>
      commands.some((c) => /\/proc\/(\$\{?[a-z]\w*\}?|\d+)\/(ns|cgroup)\b/i.test(c.command) && c.status === 0 && /(pid|net|uts|mnt):\[\d+\]|^0::\/\S/m.test(c.output)),
  },
  'oci-limit': {
    passes: (commands) =>
      commands.some((c) => /\bcrun\s+update\b/.test(c.command) && c.status === 0) && commands.some((c) => /\bcrun\s+exec\b/.test(c.command) && sawForkRefused(c.output)),
  },
  'oci-deleted': {
    passes: (commands) =>
      commands.some((c) => /\bcrun\s+kill\b/.test(c.command) && c.status === 0) && commands.some((c) => /\bcrun\s+delete\b/.test(c.command) && c.status === 0),
    probe: { command: 'crun list', passes: (r) => r.status === 0 && !/\bdemo\b/.test(r.output) },
  },
  // docker run, unpacked (the capstone): layers, network, bundle, runtime, published port
  'run-layers': {
    passes: (commands) =>
      overlayMounted(commands, /lowerdir=[^,\s:]+:[^,\s]+/) && commands.some((c) => /index\.html/.test(c.command) && c.status === 0 && /Hello from layer 2/.test(c.output)),
    probe: { command: 'cat /tmp/web/rootfs/www/index.html', passes: (r) => r.status === 0 && /Hello from layer 2/.test(r.output) },
  },
  'run-network': {
    passes: (commands) =>
      commands.some((c) => /\bip\b.*\bmaster\s+docker0\b/.test(c.command) && c.status === 0) &&
      commands.some((c) => /\bnft\b/.test(c.command) && /\bmasquerade\b/.test(c.command) && c.status === 0) &&
      commands.some((c) => /\bnft\b/.test(c.command) && /\bdnat\b/.test(c.command) && c.status === 0),
    probe: { command: 'nft list ruleset', passes: (r) => r.status === 0 && /\bmasquerade\b/.test(r.output) && /\bdnat to 172\.17\.0\.2:80\b/.test(r.output) },
  },
  'run-bundle': {
    passes: (commands) =>
      commands.some((c) => /\bcrun\s+spec\b/.test(c.command) && c.status === 0) &&
      commands.some((c) => /config\.json/.test(c.command) && c.status === 0 && /"httpd"/.test(c.output) && /\/run\/netns\/web/.test(c.output) && /"limit":\s*16777216/.test(c.output)),
    probe: {
      command: 'grep -e httpd -e netns -e limit /tmp/web/config.json',
      passes: (r) => r.status === 0 && /"httpd"/.test(r.output) && /\/run\/netns\/web/.test(r.output) && /"limit":\s*16777216/.test(r.output),
    },
  },
  'run-started': {
    passes: (commands) =>
      commands.some((c) => /\bcrun\s+(run\s+(-d|--detach)|create|start)\b/.test(c.command) && c.status === 0) &&
      commands.some((c) => /\bmemory\.max\b/.test(c.command) && c.status === 0 && lines(c.output).includes('16777216')),
    probe: { command: 'crun list', passes: (r) => /\bweb\s+\d+\s+running\b/.test(r.output) },
  },
  'run-reached': {
    passes: (commands) => commands.some((c) => /\b(wget|nc)\b/.test(c.command) && /\b8080\b/.test(c.command) && c.status === 0 && /Hello from layer 2/.test(c.output)),
  },
};
Object.assign(STEP_CHECKS, CONTAINER_STEP_CHECKS);
