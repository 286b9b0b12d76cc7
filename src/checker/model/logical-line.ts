import type { MappedText } from './source-map.ts';

export interface LogicalLine extends MappedText {
  /** Document offset just after the logical line (start of the next physical line). */
  nextOffset: number;
}

const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r';

/**
 * Folds an instruction's physical lines into one logical line, as BuildKit does: the escape
 * character at the end of a line joins the next one, and comment or empty lines inside a
 * continuation are dropped.
 */
export function readLogicalLine(text: string, start: number, escapeChar: string): LogicalLine {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = start;
  const length = text.length;
  while (i < length) {
    const ch = text[i];
    if (ch === '\n') {
      i++;
      break;
    }
    if (ch === escapeChar && text[i + 1] === escapeChar) {
      // An escaped escape character is literal text, never a continuation.
      chars.push(ch, ch);
      offsets.push(i, i + 1);
      i += 2;
      continue;
    }
    if (ch === escapeChar) {
      let j = i + 1;
      while (j < length && isBlank(text[j])) j++;
      if (j >= length || text[j] === '\n') {
        i = j < length ? skipContinuationFillers(text, j + 1) : j;
        continue;
      }
    }
    chars.push(ch);
    offsets.push(i);
    i++;
  }
  let end = chars.length;
  while (end > 0 && (chars[end - 1] === '\r')) end--;
  const docOffsets = new Int32Array(end + 1);
  for (let k = 0; k < end; k++) docOffsets[k] = offsets[k];
  docOffsets[end] = end > 0 ? offsets[end - 1] + 1 : start;
  return { text: chars.slice(0, end).join(''), docOffsets, nextOffset: i };
}

/** Skips comment lines and empty lines that sit inside a continuation. */
function skipContinuationFillers(text: string, lineStart: number): number {
  let i = lineStart;
  while (i < text.length) {
    let j = i;
    while (j < text.length && isBlank(text[j])) j++;
    if (j < text.length && text[j] === '#') {
      const newline = text.indexOf('\n', j);
      if (newline === -1) return text.length;
      i = newline + 1;
      continue;
    }
    if (j < text.length && text[j] === '\n') {
      i = j + 1;
      continue;
    }
    return i;
  }
  return i;
}
