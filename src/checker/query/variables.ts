import type { Instruction, Word } from '../model/types.ts';

export type Lookup = (name: string) => string | null | undefined;

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+=?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` in a value whose quotes are
 * already removed (a word's `value`); unknown variables become empty. Takes the ARG/ENV values an
 * instruction sees, or any lookup.
 */
export function expand(value: string, variables: Instruction | Lookup): string {
  if (!value.includes('$')) return value;
  const lookup: Lookup = typeof variables === 'function' ? variables : (name) => variables.variables.get(name);
  return value.replace(REFERENCE, (_, braced: string | undefined, operator: string | undefined, word: string, bare: string | undefined) => {
    const current = lookup((braced ?? bare)!);
    const set = current !== undefined && current !== null;
    const nonEmpty = set && current !== '';
    if (operator === ':-' || operator === ':=') return nonEmpty ? current : expand(word, lookup);
    if (operator === '-' || operator === '=') return set ? current : expand(word, lookup);
    if (operator === ':+') return nonEmpty ? expand(word, lookup) : '';
    if (operator === '+') return set ? expand(word, lookup) : '';
    return current ?? '';
  });
}

/** A variable of the shell running a RUN: set by `A=1`, `export A=1`, `unset A` (value null) earlier in the script. */
export interface ShellVariable {
  value: string | null;
  /** Child processes see it: exported, or an ARG/ENV variable the script set again. */
  exported: boolean;
}

export type ShellVariables = ReadonlyMap<string, ShellVariable>;

export const NO_SHELL_VARIABLES: ShellVariables = new Map();

/** `NAME=value` split at the first `=` (null when the word is not an assignment). */
export function assignmentOf(word: Word | string): { name: string; value: string } | null {
  const text = typeof word === 'string' ? word : word.value;
  const equals = text.indexOf('=');
  if (equals <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(text.slice(0, equals))) return null;
  return { name: text.slice(0, equals), value: text.slice(equals + 1) };
}

/**
 * The shell variables after a command that changes them: `A=1` alone, `export A=1 B`, `declare -x A=1`,
 * `readonly A=1`, `unset A`. `isExported` says whether a name already reaches child processes.
 */
export function variablesAfter(
  variables: ShellVariables,
  words: readonly Word[],
  assignments: readonly Word[],
  lookup: Lookup,
  isExported: (name: string) => boolean,
): ShellVariables {
  const name = words[0]?.value;
  if (words.length === 0) return withValues(variables, assignments, lookup, isExported, false);
  if (name === 'unset') {
    const next = new Map(variables);
    for (const word of words.slice(1)) if (!word.value.startsWith('-')) next.set(word.value, { value: null, exported: true });
    return next;
  }
  const declares = name === 'export' || name === 'readonly' || name === 'declare' || name === 'typeset' || name === 'local';
  if (!declares) return variables;
  const options = words.slice(1).filter((word) => word.value.startsWith('-'));
  const exports = name === 'export' || options.some((word) => /^-[A-Za-z]*x/.test(word.value));
  if (exports && options.some((word) => word.value === '-n')) return variables;
  const operands = words.slice(1).filter((word) => !word.value.startsWith('-'));
  const next = withValues(variables, operands.filter((word) => assignmentOf(word)), lookup, isExported, exports);
  if (!exports) return next;
  const marked = new Map(next);
  for (const word of operands) {
    if (assignmentOf(word) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(word.value)) continue;
    marked.set(word.value, { value: lookup(word.value) ?? null, exported: true });
  }
  return marked;
}

function withValues(variables: ShellVariables, words: readonly Word[], lookup: Lookup, isExported: (name: string) => boolean, exported: boolean): ShellVariables {
  if (words.length === 0) return variables;
  const next = new Map(variables);
  for (const word of words) {
    const assignment = assignmentOf(word);
    if (!assignment) continue;
    const value = word.hasExpansion ? expand(assignment.value, (name) => (next.has(name) ? next.get(name)!.value : lookup(name))) : assignment.value;
    next.set(assignment.name, { value, exported: exported || isExported(assignment.name) });
  }
  return next;
}
