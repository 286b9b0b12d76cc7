import { findHeredocMarkers, readHeredocBodies } from './heredocs.ts';
import { HEREDOC_CAPABLE } from './instruction-syntax.ts';
import { parseImageReference, isDistroless } from './image-reference.ts';
import { attachHeredocShell, readInstruction, type InstructionContext } from './read-instruction.ts';
import { readLogicalLine } from './logical-line.ts';
import { createSourceMap } from './source-map.ts';
import type { Comment, DockerfileModel, Instruction, ParserDirective, Stage, SyntaxProblem } from './types.ts';
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
    for (let k = above.length - 1; k >= 0 && above[k].range.line === expected; k--, expected--) instruction.commentsAbove.unshift(above[k]);
  }
  return comments;
}

function buildStages(model: DockerfileModel, problems: SyntaxProblem[]): void {
  const globalScope = new Map<string, string | null>();
  let scope: Map<string, string | null> = globalScope;
  let envOnly = new Map<string, string | null>();
  const stageEnv: Map<string, string | null>[] = [];
  const stagesByName = new Map<string, Stage>();
  let stage: Stage | null = null;
  const lookupIn = (map: ReadonlyMap<string, string | null>) => (name: string) => map.get(name);

  for (const instruction of model.instructions) {
    if (instruction.keyword === 'FROM') {
      if (stage) stageEnv[stage.index] = envOnly;
      instruction.variables = globalScope;
      stage = createStage(model, instruction, globalScope, stagesByName, problems);
      // The first stage with a name wins, as in BuildKit.
      if (stage.name && !stagesByName.has(stage.name.toLowerCase())) stagesByName.set(stage.name.toLowerCase(), stage);
      instruction.stageIndex = stage.index;
      model.stages.push(stage);
      const inherited = stage.baseStage ? stageEnv[stage.baseStage.index] ?? new Map() : new Map<string, string | null>();
      envOnly = new Map(inherited);
      scope = new Map(inherited);
      continue;
    }
    instruction.variables = scope;
    instruction.stageIndex = stage ? stage.index : -1;
    if (stage) stage.instructions.push(instruction);
    else if (instruction.keyword === 'ARG') model.globalArgs.push(instruction);
    else problems.push({ messageId: 'noStage', data: { instruction: instruction.keywordAsWritten }, range: instruction.keywordRange });

    if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
      const before = scope;
      const next = stage ? new Map(scope) : globalScope;
      for (const pair of instruction.pairs) {
        let value: string | null = pair.hasValue ? unquote(expandVariables(pair.rawValue, lookupIn(before), model.escapeChar).value) : null;
        if (instruction.keyword === 'ARG') {
          if (!pair.hasValue && stage) value = globalScope.get(pair.key) ?? null;
          if (envOnly.has(pair.key)) continue;
        } else {
          value = value ?? '';
          envOnly.set(pair.key, value);
        }
        next.set(pair.key, value);
      }
      if (stage) scope = next;
    }
  }
  if (stage) stageEnv[stage.index] = envOnly;
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) return value.slice(1, -1);
  return value;
}

function createStage(
  model: DockerfileModel,
  from: Instruction,
  globalScope: ReadonlyMap<string, string | null>,
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
