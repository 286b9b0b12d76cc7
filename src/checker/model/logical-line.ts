import type { MappedText } from './source-map.ts';

export interface LogicalLine extends MappedText {
  /** Document offset just after the logical line (start of the next physical line). */
  nextOffset: number;
}

const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r';

/**
 * Folds an instruction's physical lines into one logical line, as BuildKit does: the escape
 * character at the end of a line joins the next one, and comment or empty lines inside a
 * continuation are dropped. Built from slices of the document, so long files stay linear.
 */
export function readLogicalLine(text: string, start: number, escapeChar: string): LogicalLine {
  const segments: number[] = [];
  const length = text.length;
  let segmentStart = start;
  let i = start;
  let nextOffset = length;
  while (i < length) {
    const ch = text[i];
    if (ch === '\n') {
      segments.push(segmentStart, i);
      nextOffset = i + 1;
      break;
    }
    if (ch === escapeChar) {
      // An escaped escape character is literal text, never a continuation.
      if (text[i + 1] === escapeChar) {
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < length && isBlank(text[j])) j++;
      if (j >= length || text[j] === '\n') {
        segments.push(segmentStart, i);
        i = j < length ? skipContinuationFillers(text, j + 1) : j;
        segmentStart = i;
        continue;
      }
    }
    i++;
  }
  if (i >= length) segments.push(segmentStart, Math.min(i, length));

  // Drop a trailing carriage return of the last physical line.
  const last = segments.length - 1;
  while (segments[last] > segments[last - 1] && text[segments[last] - 1] === '\r') segments[last]--;

  const parts: string[] = [];
  const segmentStarts: number[] = [];
  const segmentDocStarts: number[] = [];
  let foldedLength = 0;
  for (let s = 0; s < segments.length; s += 2) {
    const from = segments[s];
    const to = segments[s + 1];
    if (to <= from) continue;
    parts.push(text.slice(from, to));
    segmentStarts.push(foldedLength);
    segmentDocStarts.push(from);
    foldedLength += to - from;
  }
  if (segmentStarts.length === 0) {
    segmentStarts.push(0);
    segmentDocStarts.push(start);
  }
  return { text: parts.length === 1 ? parts[0] : parts.join(''), segmentStarts, segmentDocStarts, nextOffset };
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
