import type { Instruction, Stage } from '../model/types.ts';
import { inheritedInstructions } from './stages.ts';

/** The HEALTHCHECK that applies to a stage (the last one of its chain), `HEALTHCHECK NONE` included. */
export function healthcheckOf(stage: Stage): Instruction | null {
  const healthchecks = inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'HEALTHCHECK');
  return healthchecks[healthchecks.length - 1] ?? null;
}

export function isHealthcheckNone(instruction: Instruction): boolean {
  return instruction.args[0]?.value.toUpperCase() === 'NONE';
}
