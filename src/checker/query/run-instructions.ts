import type { DockerfileModel, Instruction, Stage } from '../model/types.ts';
import { callsOf, type CommandCall } from './commands.ts';

export interface RunInstruction {
  /** The RUN itself, or the RUN trigger of an `ONBUILD RUN …`. */
  run: Instruction;
  /** The instruction as it stands in the file: the RUN, or the ONBUILD that holds the trigger (its stage and variables). */
  host: Instruction;
}

export interface RunCommand {
  /** The RUN, or the trigger of an `ONBUILD RUN`. */
  instruction: Instruction;
  /** The instruction as it stands in the file (the RUN, or the ONBUILD holding it). */
  host: Instruction;
  stage: Stage | null;
  call: CommandCall;
  /** The ONBUILD that holds the RUN: it runs in the builds of child images, not in this one. */
  onbuild: Instruction | null;
}

const runInstructionsCache = new WeakMap<DockerfileModel, RunInstruction[]>();
const runCommandsCache = new WeakMap<DockerfileModel, RunCommand[]>();

/**
 * Every RUN, shell or exec form, including the RUN triggers of ONBUILD, which run in the builds of child images:
 * like hadolint, rules about how a command is written check triggers too (computed once per model).
 */
export function runInstructions(model: DockerfileModel): RunInstruction[] {
  let cached = runInstructionsCache.get(model);
  if (!cached) {
    cached = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'RUN' && runsSomething(instruction)) cached.push({ run: instruction, host: instruction });
      const trigger = instruction.keyword === 'ONBUILD' ? instruction.trigger : null;
      if (trigger?.keyword === 'RUN' && runsSomething(trigger)) cached.push({ run: trigger, host: instruction });
    }
    runInstructionsCache.set(model, cached);
  }
  return cached;
}

/** Every command those RUNs run, in order, with wrappers unwrapped and `sh -c` scripts read (computed once per model). */
export function runCommands(model: DockerfileModel): RunCommand[] {
  let cached = runCommandsCache.get(model);
  if (!cached) {
    cached = runInstructions(model).flatMap(({ run, host }) =>
      callsOf(run).map((call) => ({ instruction: run, host, stage: model.stages[host.stageIndex] ?? null, call, onbuild: host === run ? null : host })),
    );
    runCommandsCache.set(model, cached);
  }
  return cached;
}

function runsSomething(instruction: Instruction): boolean {
  return instruction.shell !== null || instruction.exec !== null;
}
