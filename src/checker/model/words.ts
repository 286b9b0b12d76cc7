import type { MappedText, SourceMap } from './source-map.ts';
import { MappedWord } from './mapped-word.ts';
import type { Word } from './types.ts';

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';

/**
 * Splits instruction arguments on whitespace, honouring quotes and the escape character
 * (as BuildKit's word lexer does for COPY, EXPOSE, USER …).
 */
export function splitWords(source: MappedText, map: SourceMap, from: number, to: number, escapeChar: string): Word[] {
  const words: Word[] = [];
  const text = source.text;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text[i])) i++;
    if (i >= to) break;
    const start = i;
    // Built only once a quote or escape shows up; plain words are a single slice.
    let value: string | null = null;
    let hasExpansion = false;
    let quote: string | null = null;
    while (i < to) {
      const ch = text[i];
      if (quote === null && isSpace(ch)) break;
      if (ch === escapeChar && quote !== "'" && i + 1 < to) {
        value = (value ?? text.slice(start, i)) + text[i + 1];
        i += 2;
        continue;
      }
      if (quote === null && (ch === '"' || ch === "'")) {
        value = value ?? text.slice(start, i);
        quote = ch;
      } else if (quote !== null && ch === quote) quote = null;
      else {
        if (ch === '$' && quote !== "'") hasExpansion = true;
        if (value !== null) value += ch;
      }
      i++;
    }
    if (value === null) value = text.slice(start, i);
    words.push(new MappedWord(source, map, start, i, value, text.slice(start, i), hasExpansion));
  }
  return words;
}
