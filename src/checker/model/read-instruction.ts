import { BOOLEAN_FLAGS, JSON_CAPABLE, KNOWN_FLAGS, NEEDS_ARGUMENTS, REPEATABLE_FLAGS } from './instruction-syntax.ts';
import { readJsonArgs } from './json-args.ts';
import { EMPTY_SCOPE } from './scope.ts';
import { readShellScript } from './shell/read-script.ts';
import type { MappedText, SourceMap } from './source-map.ts';
import { documentOffset, mappedRange, sliceOfDocument } from './source-map.ts';
import type { Flag, Instruction, KeyValue, ShellScript, SyntaxProblem, Word } from './types.ts';
import { splitWords } from './words.ts';

export interface InstructionContext {
  text: string;
  map: SourceMap;
  escapeChar: string;
  problems: SyntaxProblem[];
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r';
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** Reads one instruction from its logical line, starting at `from` (the keyword). */
export function readInstruction(context: InstructionContext, source: MappedText, from: number, index: number): Instruction {
  const { map, escapeChar, problems } = context;
  const text = source.text;
  let i = from;
  while (isSpace(text[i])) i++;
  const keywordStart = i;
  while (i < text.length && !isSpace(text[i])) i++;
  const keywordAsWritten = text.slice(keywordStart, i);
  const keyword = keywordAsWritten.toUpperCase();
  const keywordRange = mappedRange(source, map, keywordStart, i);
  let textEnd = text.length;
  while (textEnd > i && isSpace(text[textEnd - 1])) textEnd--;

  const flags: Flag[] = [];
  while (isSpace(text[i])) i++;
  while (keyword !== 'ONBUILD' && text.startsWith('--', i)) {
    let end = i;
    while (end < textEnd && !isSpace(text[end])) end++;
    const raw = text.slice(i, end);
    i = end;
    while (isSpace(text[i])) i++;
    if (raw === '--') break;
    const equals = raw.indexOf('=');
    const nameEnd = equals === -1 ? end : end - raw.length + equals;
    const flagStart = end - raw.length;
    flags.push({
      name: raw.slice(2, equals === -1 ? undefined : equals),
      value: equals === -1 ? null : stripQuotes(raw.slice(equals + 1)),
      range: mappedRange(source, map, flagStart, end),
      nameRange: mappedRange(source, map, flagStart, nameEnd),
      valueRange: equals === -1 ? null : mappedRange(source, map, nameEnd + 1, end),
    });
  }
  const argsStart = Math.min(i, textEnd);
  const argsText = text.slice(argsStart, textEnd);
  const args = splitWords(source, map, argsStart, textEnd, escapeChar);
  const instruction: Instruction = {
    keyword,
    keywordAsWritten,
    keywordRange,
    range: mappedRange(source, map, keywordStart, textEnd),
    text: text.slice(keywordStart, textEnd),
    flags,
    args,
    argsText,
    argsRange: argsText ? mappedRange(source, map, argsStart, textEnd) : null,
    json: null,
    heredocs: [],
    pairs: [],
    shell: null,
    exec: null,
    trigger: null,
    fromStage: null,
    variables: EMPTY_SCOPE,
    stageIndex: -1,
    index,
    commentsAbove: [],
    offset: documentOffset(source, keywordStart),
    source,
  };

  if (!(keyword in KNOWN_FLAGS)) {
    problems.push({ messageId: 'unknownInstruction', data: { instruction: keywordAsWritten }, range: keywordRange });
    return instruction;
  }
  checkFlags(instruction, problems);
  if (argsText === '' && (NEEDS_ARGUMENTS.has(keyword) || keyword === 'HEALTHCHECK')) {
    problems.push({ messageId: 'missingArguments', data: { instruction: keywordAsWritten }, range: keywordRange });
  }

  if (JSON_CAPABLE.has(keyword)) readExecForm(instruction, argsText, problems);
  if (keyword === 'ENV' || keyword === 'LABEL') instruction.pairs = readKeyValues(instruction, source, map, escapeChar, problems);
  if (keyword === 'ARG') instruction.pairs = args.map((word) => argPair(word, source, map));
  if (keyword === 'HEALTHCHECK') readHealthcheck(instruction, source, map, problems);
  if ((keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') && instruction.json === null && argsText !== '') {
    instruction.shell = readShellScript(source, map, argsStart, textEnd);
  }
  if (keyword === 'ONBUILD' && argsText !== '') {
    // Triggers Docker refuses (ONBUILD, FROM, MAINTAINER) are reported by the onbuild-trigger-allowed rule.
    instruction.trigger = readInstruction(context, source, argsStart, index);
  }
  checkArguments(instruction, problems);
  if ((keyword === 'COPY' || keyword === 'ADD') && instruction.json === null && args.length < 2 && argsText !== '') {
    problems.push({ messageId: 'copyNeedsTwoArguments', data: { instruction: keywordAsWritten }, range: instruction.argsRange ?? keywordRange });
  }
  return instruction;
}

/** Parses a RUN here-document body as shell when it is the script itself (`RUN <<EOF`, `RUN bash <<EOF`). */
export function attachHeredocShell(context: InstructionContext, instruction: Instruction): void {
  if (instruction.keyword !== 'RUN') return;
  const firstLine = instruction.shell?.commands ?? [];
  const runsBody = firstLine.length === 0 || (firstLine.length === 1 && SHELLS.has(firstLine[0].name) && !firstLine[0].words.some((word) => word.value === '-c'));
  if (!runsBody) return;
  const heredoc = instruction.heredocs[0];
  if (!heredoc) return;
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(heredoc.body);
  if (shebang) {
    const interpreter = (shebang[1].endsWith('/env') ? shebang[2] ?? '' : shebang[1]).split('/').pop() ?? '';
    if (!SHELLS.has(interpreter)) return;
  }
  const body = sliceOfDocument(context.text, heredoc.bodyOffset, heredoc.bodyEnd);
  const script: ShellScript = readShellScript(body, context.map);
  instruction.shell = {
    commands: [...firstLine, ...script.commands],
    pipes: (instruction.shell?.pipes ?? 0) + script.pipes,
  };
}

function checkFlags(instruction: Instruction, problems: SyntaxProblem[]): void {
  const allowed = KNOWN_FLAGS[instruction.keyword] ?? [];
  const seen = new Set<string>();
  for (const flag of instruction.flags) {
    if (!allowed.includes(flag.name)) {
      problems.push({ messageId: 'unknownFlag', data: { flag: flag.name, instruction: instruction.keywordAsWritten }, range: flag.range });
    } else if (seen.has(flag.name) && !REPEATABLE_FLAGS.has(flag.name)) {
      problems.push({ messageId: 'duplicateFlag', data: { flag: flag.name }, range: flag.range });
    } else if (BOOLEAN_FLAGS.has(flag.name) ? flag.value !== null && !/^(?:true|false)$/i.test(flag.value) : flag.value === null) {
      problems.push({ messageId: flag.value === null || flag.value === '' ? 'flagNeedsValue' : 'flagNotBoolean', data: { flag: flag.name, value: flag.value ?? '' }, range: flag.range });
    }
    seen.add(flag.name);
  }
}

/** Argument shapes BuildKit refuses when it parses the instruction. */
function checkArguments(instruction: Instruction, problems: SyntaxProblem[]): void {
  const { keyword, args } = instruction;
  const range = instruction.argsRange ?? instruction.keywordRange;
  if (keyword === 'SHELL' && instruction.argsText !== '' && (instruction.json === null || instruction.json.length === 0)) {
    if (!problems.some((problem) => problem.range === range)) problems.push({ messageId: 'shellNotJson', range });
  } else if (keyword === 'VOLUME' && (instruction.json ?? args.map((word) => word.value)).some((path) => path.trim() === '')) {
    problems.push({ messageId: 'emptyVolume', range });
  } else if (keyword === 'ARG') {
    for (const word of args) if (word.raw.startsWith('=')) problems.push({ messageId: 'blankArgName', range: word.range });
  } else if (keyword === 'STOPSIGNAL' && args.length > 0 && !instruction.argsText.includes('$') && !isSignal(instruction.argsText)) {
    problems.push({ messageId: 'invalidStopSignal', data: { signal: instruction.argsText }, range });
  } else if (keyword === 'FROM' && args.length === 3 && args[1].value.toLowerCase() === 'as' && !VALID_STAGE_NAME.test(args[2].value)) {
    problems.push({ messageId: 'invalidStageName', data: { name: args[2].value }, range: args[2].range });
  }
}

/** A signal BuildKit accepts for STOPSIGNAL: a non-zero number, or a Linux signal name with or without SIG, in any case. */
function isSignal(text: string): boolean {
  if (/^[-+]?\d+$/.test(text)) return Number(text) !== 0;
  return LINUX_SIGNALS.has(text.toUpperCase().replace(/^SIG/, ''));
}

const LINUX_SIGNALS = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT',
  'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
  'RTMIN', 'RTMAX', ...Array.from({ length: 15 }, (_, n) => `RTMIN+${n + 1}`), ...Array.from({ length: 14 }, (_, n) => `RTMAX-${n + 1}`),
]);

/** BuildKit's rule for stage names (compared in lower case). */
const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/i;

function readExecForm(instruction: Instruction, argsText: string, problems: SyntaxProblem[]): void {
  if (!argsText.startsWith('[')) return;
  const json = readJsonArgs(argsText);
  if (json.notStrings) {
    problems.push({ messageId: 'jsonNotStringArray', data: { instruction: instruction.keywordAsWritten }, range: instruction.argsRange ?? instruction.keywordRange });
    instruction.json = [];
    return;
  }
  instruction.json = json.values;
  if (json.values === null && looksLikeBrokenJson(argsText)) {
    problems.push({ messageId: 'invalidJson', data: { instruction: instruction.keywordAsWritten }, range: instruction.argsRange ?? instruction.keywordRange });
  }
}

/** `["a", "b"` or `["a" "b"]`, but not a shell test such as `[ "$x" = y ]`. */
function looksLikeBrokenJson(text: string): boolean {
  if (!/^\[\s*"/.test(text)) return false;
  if (!text.includes(']')) return true;
  return /"\s*,\s*["']/.test(text) && !/\]\s*(&&|\|\||;)/.test(text);
}

function readHealthcheck(instruction: Instruction, source: MappedText, map: SourceMap, problems: SyntaxProblem[]): void {
  const type = instruction.args[0];
  if (!type) return;
  const upper = type.value.toUpperCase();
  if (upper === 'NONE') {
    if (instruction.args.length > 1) problems.push({ messageId: 'healthcheckNoneArguments', range: instruction.argsRange ?? type.range });
    return;
  }
  if (upper !== 'CMD') {
    problems.push({ messageId: 'healthcheckType', data: { type: type.value }, range: type.range });
    return;
  }
  let start = type.end;
  while (isSpace(source.text[start])) start++;
  const rest = source.text.slice(start, instruction.argsText.length + (instruction.args[0].start));
  if (rest.startsWith('[')) {
    const json = readJsonArgs(rest);
    instruction.json = json.values;
    if (json.notStrings) problems.push({ messageId: 'jsonNotStringArray', data: { instruction: instruction.keywordAsWritten }, range: instruction.argsRange ?? type.range });
    else if (json.values === null && looksLikeBrokenJson(rest)) problems.push({ messageId: 'invalidJson', data: { instruction: instruction.keywordAsWritten }, range: instruction.argsRange ?? type.range });
  }
  if (instruction.json === null && rest !== '') instruction.shell = readShellScript(source, map, start, start + rest.length);
  if (rest === '' || instruction.json?.length === 0) problems.push({ messageId: 'healthcheckMissingCommand', range: type.range });
}

function readKeyValues(instruction: Instruction, source: MappedText, map: SourceMap, escapeChar: string, problems: SyntaxProblem[]): KeyValue[] {
  const words = instruction.args;
  if (words.length === 0) return [];
  const first = words[0];
  if (!first.raw.includes('=')) {
    if (words.length === 1) {
      problems.push({ messageId: 'keyValueMissingValue', data: { instruction: instruction.keywordAsWritten, key: first.value }, range: first.range });
      return [{ key: first.value, value: '', rawValue: '', legacy: true, hasValue: false, range: first.range, keyRange: first.range, valueRange: null }];
    }
    const second = words[1];
    const last = words[words.length - 1];
    const rawValue = source.text.slice(second.start, last.end);
    const value = splitWords(source, map, second.start, last.end, escapeChar).map((word) => word.value).join(' ');
    return [{
      key: first.value,
      value,
      rawValue,
      legacy: true,
      hasValue: true,
      range: mappedRange(source, map, first.start, last.end),
      keyRange: first.range,
      valueRange: mappedRange(source, map, second.start, last.end),
    }];
  }
  const pairs: KeyValue[] = [];
  for (const word of words) {
    const equals = word.raw.indexOf('=');
    if (equals <= 0) {
      problems.push({ messageId: 'keyValueMissingEquals', data: { instruction: instruction.keywordAsWritten, word: word.raw }, range: word.range });
      continue;
    }
    pairs.push(splitPair(word, equals, source, map));
  }
  return pairs;
}

function argPair(word: Word, source: MappedText, map: SourceMap): KeyValue {
  const equals = word.raw.indexOf('=');
  if (equals <= 0) return { key: word.value, value: '', rawValue: '', legacy: false, hasValue: false, range: word.range, keyRange: word.range, valueRange: null };
  return splitPair(word, equals, source, map);
}

function splitPair(word: Word, equals: number, source: MappedText, map: SourceMap): KeyValue {
  const rawValue = word.raw.slice(equals + 1);
  const valueEquals = word.value.indexOf('=');
  return {
    key: word.raw.slice(0, equals),
    value: valueEquals === -1 ? '' : word.value.slice(valueEquals + 1),
    rawValue,
    legacy: false,
    hasValue: true,
    range: word.range,
    keyRange: mappedRange(source, map, word.start, word.start + equals),
    valueRange: mappedRange(source, map, word.start + equals + 1, word.end),
  };
}

function stripQuotes(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) return value.slice(1, -1);
  return value;
}
