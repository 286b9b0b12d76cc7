import type { Word } from '../model/types.ts';
import type { CommandCall } from './command-call.ts';
import { expand } from './variables.ts';

/** The value of an environment variable the command sees: its assignments, the script's exports, then ARG/ENV. */
export function variableFor(call: CommandCall, name: string): string | null {
  const own = call.assignments.get(name);
  if (own !== undefined) return own;
  if (call.clearsEnvironment) return null;
  const shell = call.shellVariables.get(name);
  if (shell) return shell.exported ? shell.value : call.buildVariables ? (call.instruction.variables.get(name) ?? null) : null;
  return call.buildVariables ? (call.instruction.variables.get(name) ?? null) : null;
}

/** A word's value with `$VAR` expanded as the shell would (the script's variables, then ARG/ENV). */
export function expandWord(call: CommandCall, word: Word): string {
  if (!word.hasExpansion) return word.value;
  return expand(word.value, (name) => (call.shellVariables.has(name) ? call.shellVariables.get(name)!.value : call.buildVariables ? call.instruction.variables.get(name) : undefined));
}

const argValuesCache = new WeakMap<CommandCall, string[]>();

/** The arguments' values with `$VAR` expanded (`go build -o $OUT` → `go build -o /out/app`). */
export function argValues(call: CommandCall): string[] {
  let values = argValuesCache.get(call);
  if (!values) {
    values = call.args.map((word) => expandWord(call, word));
    argValuesCache.set(call, values);
  }
  return values;
}
