import type { Instruction } from '../../src/checker/index.ts';

/** Go's %q quoting, as BuildKit's parser fixtures print strings. */
export function goQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (ch === '\x07') out += '\\a';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

const WHITESPACE_LISTS = new Set(['FROM', 'EXPOSE', 'COPY', 'ADD', 'VOLUME']);
const SINGLE_STRING = new Set(['MAINTAINER', 'STOPSIGNAL', 'USER', 'WORKDIR', 'RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);

/** Prints an instruction of our model the way BuildKit's `result` fixtures do. */
export function toBuildkitNode(instruction: Instruction): string {
  const parts = [instruction.keyword.toLowerCase()];
  if (instruction.flags.length > 0) {
    parts.push('[' + instruction.flags.map((flag) => goQuote(`--${flag.name}${flag.value === null ? '' : '=' + flag.value}`)).join(' ') + ']');
  }
  parts.push(...argumentsOf(instruction).map(goQuote));
  if (instruction.trigger) parts.push(toBuildkitNode(instruction.trigger));
  return `(${parts.join(' ')})`;
}

function argumentsOf(instruction: Instruction): string[] {
  const { keyword, argsText } = instruction;
  if (keyword === 'ONBUILD') return [];
  if (instruction.json !== null && keyword !== 'HEALTHCHECK') return instruction.json;
  if (keyword === 'ENV' || keyword === 'LABEL') {
    return instruction.pairs.flatMap((pair) => [pair.key, pair.rawValue, pair.legacy ? '' : '=']);
  }
  if (keyword === 'ARG') return instruction.args.map((word) => word.raw);
  if (keyword === 'HEALTHCHECK') {
    const [type] = instruction.args;
    if (!type) return [];
    const rest = argsText.slice(type.end - instruction.args[0].start).trim();
    if (instruction.json !== null) return [type.raw, ...instruction.json];
    return rest === '' ? [type.raw] : [type.raw, rest];
  }
  if (WHITESPACE_LISTS.has(keyword)) return argsText.split(/[ \t]+/).filter(Boolean);
  if (SINGLE_STRING.has(keyword)) return argsText === '' ? [] : [argsText];
  return argsText.split(/[ \t]+/).filter(Boolean);
}
