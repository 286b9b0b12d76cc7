import { normalizeAlias } from './aliases.ts';
import { flattenAliases } from './define-rule.ts';
import { parseCheckOptions } from './model/instruction-syntax.ts';
import type { Comment, DockerfileModel, Instruction } from './model/types.ts';
import { allRules } from './rules/index.ts';

const INLINE_IGNORE = /^#\s*(?:hadolint|check)(?:-|\s+)ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;
const STAGE_IGNORE = /^#\s*hadolint\s+stage\s+ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;
const GLOBAL_IGNORE = /^#\s*hadolint\s+global\s+ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;
/** A comment read as a BuildKit directive (`check=…`), after the `#` and leading spaces. */
const BUILDKIT_DIRECTIVE = /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * Ids and aliases suppressed on each instruction: `# hadolint ignore=…` / `# check-ignore=…` directly above it,
 * `# hadolint stage ignore=…` above its stage's FROM, and BuildKit's per-instruction `# check=skip=…`.
 */
export function inlineSuppressions(model: DockerfileModel): Map<Instruction, Set<string>> {
  const result = new Map<Instruction, Set<string>>();
  const add = (instruction: Instruction, names: Iterable<string>) => {
    const set = result.get(instruction) ?? new Set<string>();
    for (const name of names) set.add(name);
    result.set(instruction, set);
  };
  for (const instruction of model.instructions) {
    for (const comment of instruction.commentsAbove) {
      const names = ruleList(INLINE_IGNORE, comment);
      if (names) add(instruction, names);
    }
  }
  for (const stage of model.stages) {
    const names = stage.from.commentsAbove.flatMap((comment) => ruleList(STAGE_IGNORE, comment) ?? []);
    if (names.length === 0) continue;
    add(stage.from, names);
    for (const instruction of stage.instructions) add(instruction, names);
  }
  for (const [instruction, skip] of buildkitInlineSkips(model)) add(instruction, skip);
  return result;
}

/**
 * BuildKit's `# check=skip=…` above an instruction skips checks for that instruction only. It reads the comments
 * since the previous instruction (blank lines do not end them, an empty `#` does); the first `check=` counts.
 */
function buildkitInlineSkips(model: DockerfileModel): Map<Instruction, string[]> {
  const result = new Map<Instruction, string[]>();
  let c = 0;
  let previousEnd = 0;
  for (const instruction of model.instructions) {
    let pending: Comment[] = [];
    while (c < model.comments.length && model.comments[c].range.line < instruction.range.line) {
      const comment = model.comments[c++];
      if (comment.range.line <= previousEnd) continue;
      if (comment.text.replace(/^#/, '').trim() === '') pending = [];
      else pending.push(comment);
    }
    previousEnd = instruction.range.endLine;
    for (const comment of pending) {
      const match = BUILDKIT_DIRECTIVE.exec(comment.text.replace(/^#\s*/, ''));
      if (!match || match[1].toLowerCase() !== 'check') continue;
      const options = parseCheckOptions(match[2]);
      if (options?.skipAll) result.set(instruction, EVERY_RULE_BUT_SYNTAX);
      else if (options) result.set(instruction, options.skip.map(normalizeAlias));
      break;
    }
  }
  return result;
}

/** Every rule's id and aliases except `syntax-error`: BuildKit's `skip=all` never hides a parse error. */
const EVERY_RULE_BUT_SYNTAX = allRules
  .filter((rule) => rule.meta.id !== 'syntax-error')
  .flatMap((rule) => [rule.meta.id, ...flattenAliases(rule.meta.aliases)].map(normalizeAlias));

/**
 * Rules turned off for the whole file: BuildKit's `# check=skip=A,B` parser directive (`all` turns off every rule)
 * and `# hadolint global ignore=A,B` comments.
 */
export function checkDirectiveSkips(model: DockerfileModel): Set<string> {
  const skips = new Set<string>();
  const options = buildkitCheckDirective(model);
  if (options?.skipAll) skips.add('all');
  for (const name of options?.skip ?? []) skips.add(normalizeAlias(name));
  for (const comment of model.comments) for (const name of ruleList(GLOBAL_IGNORE, comment) ?? []) skips.add(name);
  return skips;
}

/** Whether `# check=error=true` makes BuildKit fail the build on any check it reports. */
export function checkDirectiveErrorOnWarn(model: DockerfileModel): boolean {
  return buildkitCheckDirective(model)?.errorOnWarn ?? false;
}

function buildkitCheckDirective(model: DockerfileModel) {
  const directive = model.directives.find((candidate) => candidate.name === 'check');
  return directive ? parseCheckOptions(directive.value) : null;
}

function ruleList(pattern: RegExp, comment: Comment): string[] | null {
  const text = comment.text.trim();
  const match = pattern.exec(text.startsWith('#') ? text : `#${text}`);
  return match ? match[1].split(/[,\s]+/).filter(Boolean).map(normalizeAlias) : null;
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
