import type { SourceMap } from './source-map.ts';
import type { Heredoc, Word } from './types.ts';

const MARKER = /^<<(-?)(["']?)([A-Za-z0-9_.\-]+)\2$/;

/** Finds `<<EOF`, `<<-EOF`, `<<"EOF"` markers among an instruction's words. */
export function findHeredocMarkers(words: Word[]): { word: Word; name: string; stripTabs: boolean; quoted: boolean }[] {
  const markers = [];
  for (const word of words) {
    if (!word.raw.startsWith('<<') || word.raw.startsWith('<<<')) continue;
    const match = MARKER.exec(word.raw);
    if (match) markers.push({ word, name: match[3], stripTabs: match[1] === '-', quoted: match[2] !== '' });
  }
  return markers;
}

/** Reads here-document bodies that follow an instruction's line; returns them and where reading stopped. */
export function readHeredocBodies(
  text: string,
  map: SourceMap,
  startOffset: number,
  markers: ReturnType<typeof findHeredocMarkers>,
): { heredocs: Heredoc[]; endOffset: number; lastLineEnd: number } {
  const heredocs: Heredoc[] = [];
  let offset = startOffset;
  let lastLineEnd = startOffset;
  for (const marker of markers) {
    const bodyOffset = offset;
    let terminated = false;
    let bodyEnd = text.length;
    while (offset < text.length) {
      let lineEnd = text.indexOf('\n', offset);
      if (lineEnd === -1) lineEnd = text.length;
      let line = text.slice(offset, lineEnd);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (marker.stripTabs) line = line.replace(/^\t+/, '');
      if (line === marker.name) {
        terminated = true;
        bodyEnd = offset;
        lastLineEnd = lineEnd;
        offset = Math.min(lineEnd + 1, text.length);
        break;
      }
      offset = Math.min(lineEnd + 1, text.length);
      if (lineEnd === text.length) break;
    }
    if (!terminated) {
      bodyEnd = text.length;
      lastLineEnd = text.length;
      offset = text.length;
    }
    let body = text.slice(bodyOffset, bodyEnd);
    if (marker.stripTabs) body = body.replace(/^\t+/gm, '');
    heredocs.push({
      name: marker.name,
      stripTabs: marker.stripTabs,
      quoted: marker.quoted,
      body,
      bodyOffset,
      bodyEnd,
      range: map.range(marker.word.range ? map.offsetOf(marker.word.range.line, marker.word.range.column) : bodyOffset, lastLineEnd),
      terminated,
    });
  }
  return { heredocs, endOffset: offset, lastLineEnd };
}
