import type { Instruction, Stage } from '../model/types.ts';
import { argValues } from './command-values.ts';
import { callsOf, surelyRun, type CommandCall } from './commands.ts';
import { copiedPaths, resolvePath, workdirOfCall, type CopiedPath } from './paths.ts';
import { inheritedInstructions } from './stages.ts';
import { expand } from './variables.ts';

/** `pip install …`, `pip3 install …`, `python -m pip install …`: the arguments after `install` (expanded), or null. */
export function pipInstallArgs(call: CommandCall): string[] | null {
  let args = argValues(call);
  if (/^python(?:\d+(?:\.\d+)?)?$/.test(call.name)) {
    const module = args.indexOf('-m');
    if (module === -1 || args[module + 1] !== 'pip') return null;
    args = args.slice(module + 2);
  } else if (!/^pip(?:\d+(?:\.\d+)?)?$/.test(call.name)) {
    return null;
  }
  const install = args.indexOf('install');
  return install === -1 ? null : args.slice(install + 1);
}

/** Files given to `pip install -r FILE` / `--requirement FILE` / `-rFILE` / `--requirement=FILE`. */
export function pipRequirementFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-r' || arg === '--requirement') files.push(args[i + 1] ?? '');
    else if (arg.startsWith('--requirement=')) files.push(arg.slice('--requirement='.length));
    else if (/^-r.+/.test(arg)) files.push(arg.slice(2));
  }
  return files.filter((file) => file !== '');
}

export interface RequirementsInstall {
  instruction: Instruction;
  call: CommandCall;
  /** The file as written after `-r`. */
  file: string;
  /** Where pip looks for it (resolved against WORKDIR and any `cd` before it). */
  path: string;
  /** The COPY that put it there before this RUN, or null. */
  copy: CopiedPath | null;
}

/** Every `pip install -r FILE` of a stage chain that surely runs, with the COPY that provided the file. */
export function requirementsInstalls(stage: Stage): RequirementsInstall[] {
  const result: RequirementsInstall[] = [];
  const copies = copiedPaths(stage);
  for (const instruction of inheritedInstructions(stage)) {
    if (instruction.keyword !== 'RUN') continue;
    for (const call of surelyRun(callsOf(instruction))) {
      const args = pipInstallArgs(call);
      if (!args) continue;
      for (const file of pipRequirementFiles(args)) {
        const path = resolvePath(workdirOfCall(stage, call), expand(file, instruction));
        const under = (copy: CopiedPath) => copy.folder && path.startsWith(`${copy.target.replace(/\/$/, '')}/`);
        const copy = copies.filter((candidate) => candidate.instruction.index < instruction.index && (candidate.target === path || under(candidate))).pop() ?? null;
        result.push({ instruction, call, file, path, copy });
      }
    }
  }
  return result;
}
