import type { DockerfileModel, Instruction, Word } from '../model/types.ts';

/** The instructions with one of these keywords, in file order (ONBUILD triggers are not among them). */
export function instructionsOf(model: DockerfileModel, ...keywords: string[]): Instruction[] {
  return model.instructions.filter((instruction) => keywords.includes(instruction.keyword));
}

/** What an instruction's arguments say: the JSON array of the exec form, or else the words' values. */
export function argumentValues(instruction: Instruction): string[] {
  return instruction.json ?? instruction.args.map((word) => word.value);
}

/** Every word of every EXPOSE (`80`, `8080/tcp`, `80:80`, `$PORT`), in file order. */
export function exposedPorts(model: DockerfileModel): Word[] {
  return instructionsOf(model, 'EXPOSE').flatMap((instruction) => instruction.args);
}
