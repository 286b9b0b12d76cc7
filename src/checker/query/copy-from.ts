import type { DockerfileModel, Flag, Instruction, Stage } from '../model/types.ts';

export interface CopyFrom {
  instruction: Instruction;
  flag: Flag & { value: string };
  /** The stage it names, resolved once by the model (`instruction.fromStage`): null for an image or an unknown name. */
  stage: Stage | null;
}

/** Every `COPY --from=…` with a literal value. */
export function copyFromFlags(model: DockerfileModel): CopyFrom[] {
  const result: CopyFrom[] = [];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'COPY') continue;
    for (const flag of instruction.flags) {
      if (flag.name === 'from' && flag.value && !flag.value.includes('$')) result.push({ instruction, flag: flag as Flag & { value: string }, stage: instruction.fromStage });
    }
  }
  return result;
}

/** `nginx:1.30`, `ghcr.io/x/y`, `alpine@sha256:…` name images, not stages. */
export function looksLikeImage(value: string): boolean {
  return /[:/@.]/.test(value);
}
