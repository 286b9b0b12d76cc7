import type { DockerfileModel, Instruction, Stage } from '../model/types.ts';

/** A stage followed by the stages it is built on (`FROM builder` …), nearest first. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let current: Stage | null = stage; current && !chain.includes(current); current = current.baseStage) chain.push(current);
  return chain;
}

/** Instructions of a stage and of the stages it is built on, oldest first. */
export function inheritedInstructions(stage: Stage): Instruction[] {
  return stageChain(stage).reverse().flatMap((link) => link.instructions);
}

/** Stages whose files end up in the final image: the final stage and the stages it is built on. */
export function shippedStages(model: DockerfileModel): Set<Stage> {
  const last = model.stages[model.stages.length - 1];
  return new Set(last ? stageChain(last) : []);
}

export function stageOf(model: DockerfileModel, instruction: Instruction): Stage | null {
  return model.stages[instruction.stageIndex] ?? null;
}
