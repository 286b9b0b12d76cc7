import { findHeredocMarkers, readHeredocBodies } from './heredocs.ts';
import { HEREDOC_CAPABLE } from './instruction-syntax.ts';
import { parseImageReference, isDistroless } from './image-reference.ts';
import { attachHeredocShell, readInstruction, type InstructionContext } from './read-instruction.ts';
import { readLogicalLine } from './logical-line.ts';
import { createSourceMap } from './source-map.ts';
import type { Comment, DockerfileModel, Instruction, ParserDirective, Stage, SyntaxProblem } from './types.ts';
import { EMPTY_SCOPE, type Scope } from './scope.ts';
import { attachExecCommand } from './shell/exec-form.ts';
import { expandVariables } from './variables.ts';

/** Parses Dockerfile text into the checker's model. Never throws: problems become `syntaxProblems`. */
export function parseDockerfile(text: string): DockerfileModel {
  const source = typeof text === 'string' ? text : String(text ?? '');
  try {
    return parseModel(source);
  } catch (error) {
    const map = createSourceMap(source);
    return {
      text: source,
      lines: source.split('\n'),
      directives: [],
      escapeChar: '\\',
      instructions: [],
      globalArgs: [],
      stages: [],
      comments: [],
      syntaxProblems: [{ messageId: 'unreadable', data: { reason: String((error as Error)?.message ?? error) }, range: map.range(0, 0) }],
      position: map.position,
    };
  }
}

function parseModel(text: string): DockerfileModel {
  const map = createSourceMap(text);
  const problems: SyntaxProblem[] = [];
  const { directives, bodyStart } = readDirectives(text, map);
  const escapeDirective = directives.find((directive) => directive.name === 'escape');
  if (escapeDirective && escapeDirective.value !== '\\' && escapeDirective.value !== '`') {
    problems.push({ messageId: 'invalidEscape', data: { value: escapeDirective.value }, range: escapeDirective.range });
  }
  const escapeChar = escapeDirective?.value === '`' ? '`' : '\\';

  const context: InstructionContext = { text, map, escapeChar, problems };
  const comments: Comment[] = [];
  const instructions: Instruction[] = [];
  let offset = bodyStart;
  while (offset < text.length) {
    let lineEnd = text.indexOf('\n', offset);
    if (lineEnd === -1) lineEnd = text.length;
    let first = offset;
    while (first < lineEnd && isBlank(text[first])) first++;
    if (first === lineEnd) {
      offset = lineEnd + 1;
      continue;
    }
    if (text[first] === '#') {
      let end = lineEnd;
      while (end > first && isBlank(text[end - 1])) end--;
      comments.push({ text: text.slice(first, end), range: map.range(first, end) });
      offset = lineEnd + 1;
      continue;
    }
    const logical = readLogicalLine(text, first, escapeChar);
    const instruction = readInstruction(context, logical, 0, instructions.length);
    offset = logical.nextOffset;
    if (instruction.json === null && instruction.argsText.includes('<<')) {
      const markers = findHeredocMarkers(instruction.args);
      if (markers.length > 0 && HEREDOC_CAPABLE.has(instruction.keyword)) {
        const read = readHeredocBodies(text, map, logical.nextOffset, markers);
        instruction.heredocs = read.heredocs;
        offset = read.endOffset;
        instruction.range = map.range(instruction.offset, read.lastLineEnd);
        for (const heredoc of read.heredocs) {
          if (!heredoc.terminated) {
            const marker = markers.find((m) => m.name === heredoc.name);
            problems.push({ messageId: 'unterminatedHeredoc', data: { name: heredoc.name }, range: marker?.word.range ?? instruction.keywordRange });
          }
        }
        attachHeredocShell(context, instruction);
      }
    }
    attachExecCommand(instruction, map);
    instructions.push(instruction);
    if (offset <= first) offset = lineEnd + 1;
  }

  const model: DockerfileModel = {
    text,
    lines: text.split('\n'),
    directives,
    escapeChar,
    instructions,
    globalArgs: [],
    stages: [],
    comments: attachComments(comments, instructions),
    syntaxProblems: problems,
    position: map.position,
  };
  buildStages(model, problems);
  if (instructions.length === 0) problems.push({ messageId: 'noInstructions', range: map.range(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')) });
  return model;
}

/** Records the comment lines directly above each instruction (for suppression comments). */
function attachComments(comments: Comment[], instructions: Instruction[]): Comment[] {
  let c = 0;
  for (const instruction of instructions) {
    const above: Comment[] = [];
    while (c < comments.length && comments[c].range.line < instruction.range.line) {
      above.push(comments[c]);
      c++;
    }
    let expected = instruction.range.line - 1;
    let k = above.length - 1;
    while (k >= 0 && above[k].range.line === expected) {
      k--;
      expected--;
    }
    // One slice, not an unshift per comment: 10,000 comment lines above an instruction stay linear.
    for (let j = k + 1; j < above.length; j++) instruction.commentsAbove.push(above[j]);
  }
  return comments;
}

function buildStages(model: DockerfileModel, problems: SyntaxProblem[]): void {
  // Scopes are persistent (see scope.ts): each ARG / ENV makes a new one that shares the rest, so
  // giving every instruction its own view costs O(1), not a copy of every variable so far.
  let globalScope: Scope = EMPTY_SCOPE;
  const beforeFirstFrom: Instruction[] = [];
  let scope: Scope = EMPTY_SCOPE;
  let envOnly: Scope = EMPTY_SCOPE;
  const stageEnv: Scope[] = [];
  const stagesByName = new Map<string, Stage>();
  let stage: Stage | null = null;

  for (const instruction of model.instructions) {
    if (instruction.keyword === 'FROM') {
      if (stage) stageEnv[stage.index] = envOnly;
      else for (const early of beforeFirstFrom) early.variables = globalScope;
      instruction.variables = globalScope;
      stage = createStage(model, instruction, globalScope, stagesByName, problems);
      // The first stage with a name wins, as in BuildKit.
      if (stage.name && !stagesByName.has(stage.name.toLowerCase())) stagesByName.set(stage.name.toLowerCase(), stage);
      instruction.stageIndex = stage.index;
      model.stages.push(stage);
      envOnly = stage.baseStage ? stageEnv[stage.baseStage.index] ?? EMPTY_SCOPE : EMPTY_SCOPE;
      scope = envOnly;
      continue;
    }
    instruction.stageIndex = stage ? stage.index : -1;
    if (stage) {
      instruction.variables = scope;
      stage.instructions.push(instruction);
      if (instruction.keyword === 'COPY') instruction.fromStage = copySourceStage(model, instruction, stage, stagesByName);
    } else {
      // Before the first FROM every instruction sees all global ARGs (set once the first FROM is reached).
      beforeFirstFrom.push(instruction);
      if (instruction.keyword === 'ARG') model.globalArgs.push(instruction);
      else problems.push({ messageId: 'noStage', data: { instruction: instruction.keywordAsWritten }, range: instruction.keywordRange });
    }

    if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
      if (!stage) {
        // Global ARGs see the ones set earlier in the same instruction.
        for (const pair of instruction.pairs) {
          const current = globalScope;
          const value = pair.hasValue ? expandValue(pair.rawValue, (name) => current.get(name), model.escapeChar) : null;
          globalScope = globalScope.set(pair.key, instruction.keyword === 'ENV' ? value ?? '' : value);
        }
        continue;
      }
      const before = scope;
      const lookup = (name: string) => before.get(name);
      for (const pair of instruction.pairs) {
        let value: string | null = pair.hasValue ? expandValue(pair.rawValue, lookup, model.escapeChar) : null;
        if (instruction.keyword === 'ARG') {
          if (!pair.hasValue) value = globalScope.get(pair.key) ?? null;
          if (envOnly.has(pair.key)) continue;
        } else {
          value = value ?? '';
          const sameAsScope = envOnly === scope;
          envOnly = envOnly.set(pair.key, value);
          // Until the stage sets an ARG, its scope is its ENV: share it rather than build it twice.
          if (sameAsScope) {
            scope = envOnly;
            continue;
          }
        }
        scope = scope.set(pair.key, value);
      }
    }
  }
  if (stage) stageEnv[stage.index] = envOnly;
  else for (const early of beforeFirstFrom) early.variables = globalScope;
}

/** The stage a `COPY --from=` names, by index or (case-insensitive) name, among the stages so far. */
function copySourceStage(model: DockerfileModel, copy: Instruction, stage: Stage, stagesByName: ReadonlyMap<string, Stage>): Stage | null {
  const written = copy.flags.find((flag) => flag.name === 'from')?.value;
  if (!written) return null;
  const value = written.includes('$') ? expandVariables(written, (name) => copy.variables.get(name), model.escapeChar).value : written;
  if (/^\d+$/.test(value)) return Number(value) <= stage.index ? model.stages[Number(value)] : null;
  return stagesByName.get(value.toLowerCase()) ?? null;
}

/**
 * An ARG / ENV value with variables expanded and outer quotes removed. The quotes are taken off the
 * raw text, not the result: reading or slicing the result would flatten it, and `ENV PATH=/x:$PATH`
 * repeated thousands of times would then copy every longer PATH (quadratic time and memory).
 */
function expandValue(raw: string, lookup: (name: string) => string | null | undefined, escapeChar: string): string {
  const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0];
  return quoted ? expandVariables(raw.slice(1, -1), lookup, escapeChar, raw[0] === "'").value : expandVariables(raw, lookup, escapeChar).value;
}

function createStage(
  model: DockerfileModel,
  from: Instruction,
  globalScope: Scope,
  stagesByName: ReadonlyMap<string, Stage>,
  problems: SyntaxProblem[],
): Stage {
  const [imageWord, asWord, nameWord] = from.args;
  // An empty FROM is already reported as missingArguments.
  if (imageWord && (from.args.length === 2 || from.args.length > 3 || (asWord && asWord.value.toLowerCase() !== 'as'))) {
    problems.push({ messageId: 'fromInvalidAs', range: from.argsRange ?? from.keywordRange });
  }
  const rawImage = imageWord?.value ?? '';
  const expanded = expandVariables(rawImage, (name) => globalScope.get(name), model.escapeChar).value;
  const baseImage = parseImageReference(expanded);
  const lowered = expanded.toLowerCase();
  const baseStage = stagesByName.get(lowered) ?? null;
  const platformFlag = from.flags.find((flag) => flag.name === 'platform');
  const hasName = asWord && asWord.value.toLowerCase() === 'as' && nameWord;
  return {
    index: model.stages.length,
    name: hasName ? nameWord.value : null,
    nameRange: hasName ? nameWord.range : null,
    asKeyword: asWord ? asWord.raw : null,
    asRange: asWord ? asWord.range : null,
    from,
    baseImage,
    baseImageRange: imageWord?.range ?? null,
    baseStage,
    platform: platformFlag?.value ?? null,
    scratch: baseStage ? baseStage.scratch : lowered === 'scratch',
    distroless: baseStage ? baseStage.distroless : isDistroless(baseImage),
    instructions: [],
  };
}

const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r';
const DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(.*?)[ \t\r]*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/** Parser directives (`# syntax=`, `# escape=`, `# check=`) are only read at the very top of the file. */
function readDirectives(text: string, map: ReturnType<typeof createSourceMap>): { directives: ParserDirective[]; bodyStart: number } {
  const directives: ParserDirective[] = [];
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (offset < text.length) {
    let lineEnd = text.indexOf('\n', offset);
    if (lineEnd === -1) lineEnd = text.length;
    const match = DIRECTIVE.exec(text.slice(offset, lineEnd));
    if (!match) break;
    const name = match[1].toLowerCase();
    if (!KNOWN_DIRECTIVES.has(name) || directives.some((directive) => directive.name === name)) break;
    directives.push({ name, value: match[2], range: map.range(offset, lineEnd - (text[lineEnd - 1] === '\r' ? 1 : 0)) });
    offset = lineEnd + 1;
  }
  return { directives, bodyStart: Math.min(offset, text.length) };
}
