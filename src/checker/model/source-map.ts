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

/** Text whose characters come from scattered document offsets (continuations folded away). */
export interface MappedText {
  text: string;
  /** Document offset of each character; one extra entry for the end. */
  docOffsets: Int32Array;
}

export function mappedRange(source: MappedText, map: SourceMap, start: number, end: number): SourceRange {
  const docStart = source.docOffsets[start];
  const docEnd = end > start ? source.docOffsets[end - 1] + 1 : docStart;
  return map.range(docStart, docEnd);
}

/** A contiguous slice of the document. */
export function sliceOfDocument(text: string, start: number, end: number): MappedText {
  const docOffsets = new Int32Array(end - start + 1);
  for (let i = 0; i <= end - start; i++) docOffsets[i] = start + i;
  return { text: text.slice(start, end), docOffsets };
}
