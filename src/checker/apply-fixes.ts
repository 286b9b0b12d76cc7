import { createSourceMap } from './model/source-map.ts';
import type { TextEdit } from './types.ts';

/** Applies non-overlapping edits to the text (later edits that overlap an earlier one are skipped). */
export function applyFixes(text: string, edits: TextEdit[]): string {
  const map = createSourceMap(text);
  const located = edits
    .map((edit) => ({ start: map.offsetOf(edit.line, edit.column), end: map.offsetOf(edit.endLine, edit.endColumn), text: edit.text }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const edit of located) {
    if (edit.start < cursor) continue;
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
