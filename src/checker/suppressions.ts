import { normalizeAlias } from './aliases.ts';
import type { DockerfileModel, Instruction } from './model/types.ts';

const INLINE_IGNORE = /^#\s*(?:hadolint|check)[- ]ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;

/** Ids and aliases named by `# hadolint ignore=…` / `# check-ignore=…` comments directly above each instruction. */
export function inlineSuppressions(model: DockerfileModel): Map<Instruction, Set<string>> {
  const result = new Map<Instruction, Set<string>>();
  for (const instruction of model.instructions) {
    for (const comment of instruction.commentsAbove) {
      const match = INLINE_IGNORE.exec(comment.text.trim().startsWith('#') ? comment.text.trim() : `#${comment.text}`);
      if (!match) continue;
      const names = result.get(instruction) ?? new Set<string>();
      for (const name of match[1].split(/[,\s]+/)) if (name) names.add(normalizeAlias(name));
      result.set(instruction, names);
    }
  }
  return result;
}

/** Rules turned off by BuildKit's `# check=skip=A,B` directive (`all` turns off every rule). */
export function checkDirectiveSkips(model: DockerfileModel): Set<string> {
  const skips = new Set<string>();
  for (const directive of model.directives) {
    if (directive.name !== 'check') continue;
    for (const part of directive.value.split(';')) {
      const [key, value = ''] = part.split('=', 2).map((item) => item.trim());
      if (key.toLowerCase() !== 'skip') continue;
      for (const name of value.split(',')) if (name.trim()) skips.add(normalizeAlias(name));
    }
  }
  return skips;
}

/** The instruction whose lines contain `line`, found by binary search. */
export function instructionAtLine(model: DockerfileModel, line: number): Instruction | null {
  const list = model.instructions;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = list[mid].range;
    if (line < range.line) high = mid - 1;
    else if (line > range.endLine) low = mid + 1;
    else return list[mid];
  }
  return null;
}
