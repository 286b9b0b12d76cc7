import type { Word } from '../types.ts';

/** How a wrapper reads its own arguments before the command it runs. */
interface WrapperSpec {
  /** Options whose value is the next word (`sudo -u app`, `timeout -s KILL`). */
  valueOptions?: ReadonlySet<string>;
  /** Arguments the wrapper takes before the command (`gosu USER cmd`, `timeout 60 cmd`, `chroot DIR cmd`). */
  operands?: number;
  /** `env A=1 cmd`, `sudo A=1 cmd`: variables set for the command. */
  takesAssignments?: boolean;
  /** Options that make it run no command at all (`command -v curl` only looks curl up, `sudo -l` lists). */
  noRunOptions?: ReadonlySet<string>;
  /** Options that start the command with an empty environment (`env -i`). */
  clearOptions?: ReadonlySet<string>;
}

const WRAPPERS: Record<string, WrapperSpec> = {
  sudo: {
    valueOptions: new Set(['-u', '-g', '-C', '-h', '-p', '-U', '-r', '-t', '-D', '-R', '-T', '--user', '--group', '--close-from', '--host', '--prompt', '--other-user', '--role', '--type', '--chdir', '--chroot', '--command-timeout']),
    takesAssignments: true,
    noRunOptions: new Set(['-l', '--list', '-v', '--validate', '-e', '--edit', '-V', '--version', '-K', '--remove-timestamp']),
  },
  doas: { valueOptions: new Set(['-u', '-C']), noRunOptions: new Set(['-C']) },
  env: {
    valueOptions: new Set(['-u', '--unset', '-C', '--chdir']),
    takesAssignments: true,
    clearOptions: new Set(['-i', '--ignore-environment', '-']),
    // `env -S 'cmd args'` packs the command into one word: too rare to read.
    noRunOptions: new Set(['-S', '--split-string']),
  },
  nice: { valueOptions: new Set(['-n', '--adjustment']) },
  nohup: {},
  time: { valueOptions: new Set(['-f', '--format', '-o', '--output']) },
  command: { noRunOptions: new Set(['-v', '-V']) },
  exec: { valueOptions: new Set(['-a']) },
  gosu: { operands: 1 },
  'su-exec': { operands: 1 },
  tini: { valueOptions: new Set(['-p', '-e']) },
  'dumb-init': { valueOptions: new Set(['-r', '--rewrite']) },
  timeout: { valueOptions: new Set(['-k', '--kill-after', '-s', '--signal']), operands: 1 },
  xargs: {
    valueOptions: new Set(['-a', '--arg-file', '-d', '--delimiter', '-E', '-I', '-L', '-n', '--max-args', '-P', '--max-procs', '-s', '--max-chars', '--process-slot-var']),
  },
  chroot: { valueOptions: new Set(['--userspec', '--groups']), operands: 1 },
};

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export interface CommandStart {
  /** Index of the word that names the command really run (the last wrapper when it runs none). */
  index: number;
  /** `VAR=x` words given to the wrappers (`env A=1`, `sudo A=1`). */
  assignments: Word[];
  /** A wrapper started the command with an empty environment (`env -i`). */
  clearsEnvironment: boolean;
}

/** Where the command starts behind wrappers: `sudo -u app`, `env -i A=1`, `timeout 60`, `xargs -r`, `gosu app` … */
export function commandStart(words: readonly Word[]): CommandStart {
  const assignments: Word[] = [];
  let clearsEnvironment = false;
  let index = 0;
  while (index < words.length) {
    const spec = WRAPPERS[baseName(words[index].value)];
    if (!spec) break;
    let operands = spec.operands ?? 0;
    let runsNothing = false;
    let optionsEnded = false;
    let next = index + 1;
    for (; next < words.length; next++) {
      const value = words[next].value;
      if (!optionsEnded && value === '--') {
        optionsEnded = true;
        continue;
      }
      if (!optionsEnded && value.startsWith('-') && (value.length > 1 || spec.clearOptions?.has(value))) {
        if (spec.noRunOptions?.has(value)) runsNothing = true;
        if (spec.clearOptions?.has(value)) clearsEnvironment = true;
        if (takesValue(spec, value)) next++;
        continue;
      }
      if (spec.takesAssignments && ASSIGNMENT.test(value)) {
        assignments.push(words[next]);
        continue;
      }
      if (operands > 0) {
        operands--;
        continue;
      }
      break;
    }
    // A wrapper with nothing after it (`env`, `xargs`) is the command itself.
    if (runsNothing || next >= words.length) break;
    index = next;
  }
  return { index, assignments, clearsEnvironment };
}

/** `-u USER`, or a cluster such as `-iu USER` whose last letter takes a value. */
function takesValue(spec: WrapperSpec, option: string): boolean {
  if (!spec.valueOptions) return false;
  if (spec.valueOptions.has(option)) return true;
  return /^-[A-Za-z]{2,}$/.test(option) && spec.valueOptions.has(`-${option[option.length - 1]}`);
}

export function baseName(value: string): string {
  const slash = value.lastIndexOf('/');
  return slash === -1 ? value : value.slice(slash + 1);
}
