import type { Instruction } from '../model/types.ts';

/** The value of an instruction's `--name=value` flag: `''` for a bare `--name`, null when absent. */
export function flagValue(instruction: Instruction, name: string): string | null {
  const flag = instruction.flags.find((candidate) => candidate.name === name);
  return flag ? (flag.value ?? '') : null;
}
