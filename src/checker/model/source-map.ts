import type { SourceRange } from '../types.ts';

/** Converts document offsets to 1-based line/column positions. */
export interface SourceMap {
  lineStarts: number[];
  position(offset: number): { line: number; column: number };
  range(start: number, end: number): SourceRange;
  offsetOf(line: number, column: number): number;
}

export function createSourceMap(text: string): SourceMap {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);

  function position(offset: number) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  }

  function range(start: number, end: number): SourceRange {
    const from = position(start);
    const to = position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  function offsetOf(line: number, column: number) {
    const start = lineStarts[Math.min(Math.max(line - 1, 0), lineStarts.length - 1)];
    return Math.min(start + column - 1, text.length);
  }

  return { lineStarts, position, range, offsetOf };
}

/**
 * Text whose characters come from scattered places in the document (continuations folded away).
 * Stored as segments, so an instruction without continuations costs no per-character table.
 */
export interface MappedText {
  text: string;
  /** Offset in `text` where each segment starts (ascending, first is 0). */
  segmentStarts: number[];
  /** Document offset of each segment's first character. */
  segmentDocStarts: number[];
}

/** Document offset of character `index` of the mapped text. */
export function documentOffset(source: MappedText, index: number): number {
  const starts = source.segmentStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= index) low = mid;
    else high = mid - 1;
  }
  return source.segmentDocStarts[low] + (index - starts[low]);
}

export function mappedRange(source: MappedText, map: SourceMap, start: number, end: number): SourceRange {
  const docStart = documentOffset(source, start);
  const docEnd = end > start ? documentOffset(source, end - 1) + 1 : docStart;
  return map.range(docStart, docEnd);
}

/** A contiguous slice of the document. */
export function sliceOfDocument(text: string, start: number, end: number): MappedText {
  return { text: text.slice(start, end), segmentStarts: [0], segmentDocStarts: [start] };
}
