import type { Instruction } from '../model/types.ts';
import { removesPath, mountsOver } from './cache-cleanup.ts';
import { callsOf } from './commands.ts';
import type { CommandCall } from './command-call.ts';
import { isAptInstall } from './package-managers.ts';

const APT_LISTS = ['/var/lib/apt/lists'];

/** `rm -rf /var/lib/apt/lists/*` that surely runs (not after `true ||`, not inside `if false`). */
export const removesAptLists = (call: CommandCall) => !call.mayNotRun && removesPath(call, APT_LISTS);

export interface AptListsKept {
  /** The RUN whose apt install leaves the package lists in its layer. */
  instruction: Instruction;
  /** The same RUN removes them, but before the install (which then finds no lists). */
  removedBeforeInstall: boolean;
  /** Another RUN removes them: too late, the install's layer already holds them. */
  removedInAnotherRun: boolean;
}

/** The first RUN among these whose apt install leaves /var/lib/apt/lists/ in its layer, or null when none does. */
export function aptListsKept(instructions: readonly Instruction[]): AptListsKept | null {
  const runs = instructions.filter((instruction) => instruction.keyword === 'RUN');
  for (const instruction of runs) {
    const calls = callsOf(instruction);
    if (!calls.some(isAptInstall) || mountsOver(instruction, APT_LISTS)) continue;
    const lastInstall = calls.map(isAptInstall).lastIndexOf(true);
    if (calls.slice(lastInstall + 1).some(removesAptLists)) continue;
    return {
      instruction,
      removedBeforeInstall: calls.some(removesAptLists),
      removedInAnotherRun: runs.some((run) => run !== instruction && callsOf(run).some(removesAptLists)),
    };
  }
  return null;
}
