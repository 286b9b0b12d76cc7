import type { DockerfileModel, Instruction, ShellCommand, Stage, Word } from '../model/types.ts';

/** Wrappers that run the command given after them. */
const WRAPPERS = new Set(['sudo', 'env', 'nice', 'nohup', 'time', 'command', 'exec', 'doas', 'su-exec', 'gosu', 'tini', 'dumb-init']);
const WRAPPER_OPTIONS_WITH_VALUE: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-h', '-p', '-U', '-r', '-t']),
  nice: new Set(['-n']),
};

export interface CommandCall {
  /** Command name without path and wrappers (`sudo apt-get` → `apt-get`). */
  name: string;
  nameWord: Word;
  args: Word[];
  command: ShellCommand;
}

/** Strips `sudo`, `env X=1`, `nice -n 5` … so rules see the command that really runs. */
export function unwrap(command: ShellCommand): CommandCall | null {
  const words = command.words;
  let i = 0;
  while (i < words.length) {
    const name = baseName(words[i].value);
    if (!WRAPPERS.has(name)) break;
    const withValue = WRAPPER_OPTIONS_WITH_VALUE[name];
    i++;
    if (name === 'gosu' || name === 'su-exec') i++;
    while (i < words.length && (words[i].value.startsWith('-') || (name === 'env' && words[i].value.includes('=')))) {
      if (words[i].value === '--') {
        i++;
        break;
      }
      if (withValue?.has(words[i].value)) i++;
      i++;
    }
  }
  if (i >= words.length) return null;
  return { name: baseName(words[i].value), nameWord: words[i], args: words.slice(i + 1), command };
}

export function baseName(value: string): string {
  const slash = value.lastIndexOf('/');
  return slash === -1 ? value : value.slice(slash + 1);
}

export interface OptionSpec {
  short?: string;
  long?: string[];
}

/** Whether an option is present: `-y`, combined `-qy`, `--yes`, `--assume-yes=true`. */
export function hasOption(args: Word[], spec: OptionSpec): boolean {
  for (const arg of args) {
    const value = arg.value;
    if (value === '--') return false;
    if (value.startsWith('--')) {
      const name = value.slice(2).split('=')[0];
      if (spec.long?.includes(name)) return true;
    } else if (spec.short && value.startsWith('-') && value.length > 1 && /^-[A-Za-z]+$/.test(value) && value.includes(spec.short)) {
      return true;
    }
  }
  return false;
}

/** Positional arguments (not options), skipping the values of options listed in `takesValue`. */
export function positionals(args: Word[], takesValue: ReadonlySet<string> = new Set()): Word[] {
  const result: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const value = args[i].value;
    if (value === '--') return result.concat(args.slice(i + 1));
    if (value.startsWith('-') && value.length > 1) {
      if (takesValue.has(value)) i++;
      continue;
    }
    result.push(args[i]);
  }
  return result;
}

export interface RunCommand {
  instruction: Instruction;
  stage: Stage | null;
  call: CommandCall;
}

const callsCache = new WeakMap<Instruction, CommandCall[]>();
const runCommandsCache = new WeakMap<DockerfileModel, RunCommand[]>();

/** Every command run by RUN instructions, in order (computed once per model, shared by all rules). */
export function runCommands(model: DockerfileModel): RunCommand[] {
  let cached = runCommandsCache.get(model);
  if (!cached) {
    cached = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN' || !instruction.shell) continue;
      const stage = model.stages[instruction.stageIndex] ?? null;
      for (const call of callsOf(instruction)) cached.push({ instruction, stage, call });
    }
    runCommandsCache.set(model, cached);
  }
  return cached;
}

/** The unwrapped commands of one instruction (computed once per instruction). */
export function callsOf(instruction: Instruction): CommandCall[] {
  let calls = callsCache.get(instruction);
  if (!calls) {
    calls = [];
    for (const command of instruction.shell?.commands ?? []) {
      const call = unwrap(command);
      if (call) calls.push(call);
    }
    callsCache.set(instruction, calls);
  }
  return calls;
}

/** A RUN with a cache mount on one of these paths keeps the cache out of the image. */
export function hasCacheMount(instruction: Instruction, paths: string[]): boolean {
  return instruction.flags.some(
    (flag) => flag.name === 'mount' && /type=cache/.test(flag.value ?? '') && paths.some((path) => (flag.value ?? '').includes(path)),
  );
}

/** The final stage (the image that is shipped by default). */
export function finalStage(model: DockerfileModel): Stage | null {
  return model.stages[model.stages.length - 1] ?? null;
}

/** Inserts text right after a word: an edit usable as a fix. */
export function insertAfter(word: Word, text: string) {
  return { line: word.range.endLine, column: word.range.endColumn, endLine: word.range.endLine, endColumn: word.range.endColumn, text };
}

export function replaceWord(word: Word, text: string) {
  return { ...word.range, text };
}
