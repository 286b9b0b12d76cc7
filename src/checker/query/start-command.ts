import type { Instruction, Stage } from '../model/types.ts';
import { inheritedInstructions } from './stages.ts';

/** What starts the image of a stage chain: its last ENTRYPOINT, else its last CMD. */
export function startInstruction(stage: Stage): Instruction | null {
  const instructions = inheritedInstructions(stage);
  const last = (keyword: string) => instructions.filter((instruction) => instruction.keyword === keyword).pop() ?? null;
  return last('ENTRYPOINT') ?? last('CMD');
}
