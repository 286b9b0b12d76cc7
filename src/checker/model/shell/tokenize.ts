import type { ShellToken } from './tokens.ts';

const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')', '\n'];
const REDIRECTS = ['<<<', '<<-', '<<', '>>', '>&', '<&', '&>>', '&>', '>|', '<>', '>', '<'];
const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r';
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/**
 * Reads shell text into words and operators, in one pass. Quotes, escapes, `$(…)`, `${…}`,
 * backticks, comments, backslash-newline continuations and here-document bodies are handled;
 * it never throws, whatever the input.
 */
export function tokenizeShell(text: string, from = 0, to = text.length): ShellToken[] {
  const tokens: ShellToken[] = [];
  const pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (isBlank(ch)) {
      i++;
      continue;
    }
    if (ch === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (ch === '#') {
      while (i < to && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '\n') {
      tokens.push({ kind: 'operator', value: '\n', raw: '\n', start: i, end: i + 1, hasExpansion: false });
      i++;
      if (pendingHeredocs.length > 0) i = skipHeredocBodies(text, i, to, pendingHeredocs.splice(0));
      continue;
    }
    const redirect = matchRedirect(text, i, to);
    if (redirect) {
      tokens.push({ kind: 'redirect', value: redirect.op, raw: text.slice(i, redirect.end), start: i, end: redirect.end, hasExpansion: false });
      i = redirect.end;
      if (redirect.op === '<<' || redirect.op === '<<-') {
        while (i < to && isBlank(text[i])) i++;
        const word = readWord(text, i, to);
        if (word.end > i) {
          tokens.push({ kind: 'word', value: word.value, raw: text.slice(i, word.end), start: i, end: word.end, hasExpansion: false });
          pendingHeredocs.push({ delimiter: word.value, stripTabs: redirect.op === '<<-' });
          i = word.end;
        }
      }
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      tokens.push({ kind: 'operator', value: operator, raw: operator, start: i, end: i + operator.length, hasExpansion: false });
      i += operator.length;
      continue;
    }
    const word = readWord(text, i, to);
    tokens.push({ kind: 'word', value: word.value, raw: text.slice(i, word.end), start: i, end: word.end, hasExpansion: word.hasExpansion });
    i = word.end > i ? word.end : i + 1;
  }
  return tokens;
}

function matchRedirect(text: string, i: number, to: number): { op: string; end: number } | null {
  let j = i;
  while (j < to && isDigit(text[j])) j++;
  if (j > i && text[j] !== '>' && text[j] !== '<') return null;
  const op = REDIRECTS.find((candidate) => text.startsWith(candidate, j));
  if (!op) return null;
  return { op, end: j + op.length };
}

interface WordRead {
  value: string;
  end: number;
  hasExpansion: boolean;
}

const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '(', ')', '<', '>']);
const SPECIAL = new Set(['\\', "'", '"', '$', '`']);

function readWord(text: string, start: number, to: number): WordRead {
  // Plain words (no quotes, escapes or expansions) are a single slice of the text.
  let i = start;
  while (i < to && !WORD_END.has(text[i]) && !SPECIAL.has(text[i])) i++;
  if (i >= to || WORD_END.has(text[i])) return { value: text.slice(start, i), end: i, hasExpansion: false };
  let value = text.slice(start, i);
  let hasExpansion = false;
  while (i < to) {
    const ch = text[i];
    if (isBlank(ch) || ch === '\n') break;
    if (ch === ';' || ch === '&' || ch === '|' || ch === '(' || ch === ')' || ch === '<' || ch === '>') break;
    if (ch === '\\') {
      if (text[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (i + 1 < to) value += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 || close >= to ? to : close;
      value += text.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      i++;
      while (i < to && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < to) {
          const next = text[i + 1];
          if (next === '\n') {
            i += 2;
            continue;
          }
          value += next === '"' || next === '\\' || next === '$' || next === '`' ? next : '\\' + next;
          i += 2;
          continue;
        }
        if (text[i] === '$' || text[i] === '`') {
          hasExpansion = true;
          const end = skipExpansion(text, i, to);
          value += text.slice(i, end);
          i = end;
          continue;
        }
        value += text[i];
        i++;
      }
      i++;
      continue;
    }
    if (ch === '$' || ch === '`') {
      hasExpansion = true;
      const end = skipExpansion(text, i, to);
      value += text.slice(i, end);
      i = end;
      continue;
    }
    value += ch;
    i++;
  }
  return { value, end: Math.min(i, to), hasExpansion };
}

/** Returns the end of `$(…)`, `$((…))`, `${…}`, `` `…` `` or `$NAME` starting at `i`. */
function skipExpansion(text: string, i: number, to: number): number {
  if (text[i] === '`') {
    let j = i + 1;
    while (j < to && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, to);
  }
  const next = text[i + 1];
  if (next === '(' || next === '{') {
    const open = next;
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    let j = i + 1;
    let quote: string | null = null;
    while (j < to) {
      const c = text[j];
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '\\') j++;
      else if (c === open) depth++;
      else if (c === close) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return to;
  }
  let j = i + 1;
  if (j < to && /[A-Za-z_]/.test(text[j])) {
    while (j < to && /[A-Za-z0-9_]/.test(text[j])) j++;
  } else if (j < to && /[0-9@*#?$!-]/.test(text[j])) j++;
  return j;
}

function skipHeredocBodies(text: string, i: number, to: number, heredocs: { delimiter: string; stripTabs: boolean }[]): number {
  for (const heredoc of heredocs) {
    while (i < to) {
      let lineEnd = text.indexOf('\n', i);
      if (lineEnd === -1 || lineEnd > to) lineEnd = to;
      let line = text.slice(i, lineEnd).replace(/\r$/, '');
      if (heredoc.stripTabs) line = line.replace(/^\t+/, '');
      i = lineEnd + 1;
      if (line === heredoc.delimiter) break;
    }
  }
  return Math.min(i, to);
}
