import type { Instruction, ShellCommand, Word } from '../model/types.ts';
import type { SourceRange } from '../types.ts';
import { baseName, commandStart } from '../model/shell/wrappers.ts';
import type { CommandCall } from './command-call.ts';
import { assignmentOf, expand, NO_SHELL_VARIABLES, variablesAfter, type Lookup, type ShellVariables } from './variables.ts';

export { baseName };
export type { CommandCall } from './command-call.ts';
export { argValues, expandWord, variableFor } from './command-values.ts';
export { finalStage } from './stages.ts';
export { hasOption, positionals, type OptionSpec } from './options.ts';

const callsCache = new WeakMap<Instruction, CommandCall[]>();

/** The commands an instruction runs, in order, nested `sh -c` scripts included (computed once per instruction). */
export function callsOf(instruction: Instruction): CommandCall[] {
  let calls = callsCache.get(instruction);
  if (!calls) {
    calls = [];
    const commands = instruction.exec ? [instruction.exec] : (instruction.shell?.commands ?? []);
    readCalls(commands, instruction, { variables: NO_SHELL_VARIABLES, buildVariables: true, directory: null }, calls);
    callsCache.set(instruction, calls);
  }
  return calls;
}

/**
 * The first program of `tools` an instruction runs, by name, with where it is written: the exec form's program
 * (`["/usr/bin/curl", …]` → curl) or a command of its shell form.
 */
export function toolCalled(instruction: Instruction, tools: ReadonlySet<string>): { tool: string; range: SourceRange } | null {
  if (instruction.json) {
    const tool = (instruction.json[0] ?? '').split('/').pop() ?? '';
    return tools.has(tool) ? { tool, range: instruction.argsRange ?? instruction.keywordRange } : null;
  }
  const call = callsOf(instruction).find((candidate) => tools.has(candidate.name));
  return call ? { tool: call.name, range: call.nameWord.range } : null;
}

/** The commands of the RUN instructions among these, in order (a stage's own, or its whole chain's). */
export function callsOfRuns(instructions: readonly Instruction[]): CommandCall[] {
  return instructions.filter((instruction) => instruction.keyword === 'RUN').flatMap(callsOf);
}

/**
 * Only the calls that run in every build that succeeds: what "was it cleaned / created?" checks may count.
 * "Is it installed / used?" checks keep all calls.
 */
export function surelyRun(calls: readonly CommandCall[]): CommandCall[] {
  return calls.filter((call) => !call.mayNotRun);
}

/** What a script starts with: a nested `sh -c` script inherits the state of the command that runs it. */
interface ScriptState {
  variables: ShellVariables;
  buildVariables: boolean;
  directory: string | null;
}

function readCalls(commands: readonly ShellCommand[], instruction: Instruction, start: ScriptState, calls: CommandCall[]): void {
  const { buildVariables } = start;
  let variables = start.variables;
  let directory = start.directory;
  for (const command of commands) {
    const current = variables;
    const lookup: Lookup = (name) => (current.has(name) ? current.get(name)!.value : buildVariables ? instruction.variables.get(name) : undefined);
    const isExported = (name: string) => current.get(name)?.exported ?? (buildVariables && instruction.variables.has(name));
    if (command.words.length > 0) {
      const wrapped = commandStart(command.words);
      const nameWord = command.words[wrapped.index];
      const assignments = new Map<string, string>();
      for (const word of [...command.assignments, ...wrapped.assignments]) {
        const assignment = assignmentOf(word);
        if (assignment) assignments.set(assignment.name, word.hasExpansion ? expand(assignment.value, lookup) : assignment.value);
      }
      const call: CommandCall = {
        name: baseName(nameWord.value),
        nameWord,
        args: command.words.slice(wrapped.index + 1),
        command,
        instruction,
        assignments,
        shellVariables: current,
        buildVariables,
        clearsEnvironment: wrapped.clearsEnvironment,
        mayNotRun: command.mayNotRun,
        directory,
      };
      calls.push(call);
      if (command.script) readCalls(command.script.commands, instruction, { variables: environmentOf(call), buildVariables: buildVariables && !call.clearsEnvironment, directory }, calls);
      if (call.name === 'cd' && wrapped.index === 0) directory = directoryAfterCd(directory, call.args.map((word) => (word.hasExpansion ? expand(word.value, lookup) : word.value)));
    }
    variables = variablesAfter(current, command.words, command.assignments, lookup, isExported);
  }
}

/** `cd DIR` joined onto where the script already is (`cd` alone goes to root's home; `cd -` is not followed). */
function directoryAfterCd(directory: string | null, args: string[]): string | null {
  const target = args.find((arg) => !arg.startsWith('-') || arg === '-') ?? '/root';
  if (target === '-') return directory;
  if (target.startsWith('/') || directory === null) return target;
  return `${directory}/${target}`;
}

/**
 * What a nested `sh -c` script starts with: the command's own assignments, and the script's variables (only the
 * exported ones reach its environment, but a double-quoted script has the others expanded by the outer shell).
 */
function environmentOf(call: CommandCall): ShellVariables {
  const environment = new Map<string, { value: string | null; exported: boolean }>();
  if (!call.clearsEnvironment) for (const [name, variable] of call.shellVariables) environment.set(name, variable);
  for (const [name, value] of call.assignments) environment.set(name, { value, exported: true });
  return environment;
}

/** A RUN with a cache mount on one of these paths keeps the cache out of the image. */
export function hasCacheMount(instruction: Instruction, paths: string[]): boolean {
  return instruction.flags.some(
    (flag) => flag.name === 'mount' && /type=cache/.test(flag.value ?? '') && paths.some((path) => (flag.value ?? '').includes(path)),
  );
}

/** Inserts arguments right after a word (`, "-y"` in exec form): an edit usable as a fix. */
export function insertAfter(word: Word, text: string) {
  const insert = word.json ? text.trim().split(/\s+/).map((arg) => `, ${JSON.stringify(arg)}`).join('') : text;
  return { line: word.range.endLine, column: word.range.endColumn, endLine: word.range.endLine, endColumn: word.range.endColumn, text: insert };
}

/** Replaces a word (with a JSON string in exec form). */
export function replaceWord(word: Word, text: string) {
  return { ...word.range, text: word.json ? JSON.stringify(text) : text };
}
