import { documentOffset, type MappedText } from '../source-map.ts';

/**
 * The text a quoted word stands for (`'apt-get install x'`, `"a && b"`, a JSON string), as a MappedText
 * whose every character still maps to where it is written in the document, so a script read from it
 * reports exact positions and its fixes land inside the quotes.
 */
export function decodedText(source: MappedText, start: number, end: number, quoting: 'shell' | 'json'): MappedText {
  const builder = new MappedTextBuilder(source);
  if (quoting === 'json') decodeJson(source.text, start, end, builder);
  else decodeShellWord(source.text, start, end, builder);
  return builder.build();
}

class MappedTextBuilder {
  #source: MappedText;
  #text = '';
  #segmentStarts: number[] = [];
  #segmentDocStarts: number[] = [];
  #nextDoc = -1;

  constructor(source: MappedText) {
    this.#source = source;
  }

  /** Adds text read at `at` in the source (an escape such as `\n` maps to its backslash). */
  add(text: string, at: number): void {
    for (let k = 0; k < text.length; k++) {
      const doc = documentOffset(this.#source, at + (text.length > 1 ? k : 0));
      if (doc !== this.#nextDoc) {
        this.#segmentStarts.push(this.#text.length + k);
        this.#segmentDocStarts.push(doc);
      }
      this.#nextDoc = doc + 1;
    }
    this.#text += text;
  }

  build(): MappedText {
    if (this.#segmentStarts.length === 0) return { text: '', segmentStarts: [0], segmentDocStarts: [documentOffset(this.#source, 0)] };
    return { text: this.#text, segmentStarts: this.#segmentStarts, segmentDocStarts: this.#segmentDocStarts };
  }
}

/** Removes shell quoting as the shell does before running `sh -c WORD` (`$…` stays as written). */
function decodeShellWord(text: string, start: number, end: number, out: MappedTextBuilder): void {
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      const stop = close === -1 || close >= end ? end : close;
      out.add(text.slice(i + 1, stop), i + 1);
      i = stop + 1;
    } else if (ch === '"') {
      i++;
      while (i < end && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < end && '"\\$`\n'.includes(text[i + 1])) {
          if (text[i + 1] !== '\n') out.add(text[i + 1], i + 1);
          i += 2;
        } else {
          out.add(text[i], i);
          i++;
        }
      }
      i++;
    } else if (ch === '\\' && i + 1 < end) {
      if (text[i + 1] !== '\n') out.add(text[i + 1], i + 1);
      i += 2;
    } else {
      out.add(ch, i);
      i++;
    }
  }
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decodes a JSON string token (`"…"`, quotes included in `start…end`). */
function decodeJson(text: string, start: number, end: number, out: MappedTextBuilder): void {
  for (let i = start + 1; i < end - 1; i++) {
    if (text[i] !== '\\') {
      out.add(text[i], i);
      continue;
    }
    const escape = text[i + 1];
    if (escape === 'u') {
      out.add(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0), i);
      i += 5;
    } else {
      out.add(JSON_ESCAPES[escape] ?? escape ?? '', i);
      i += 1;
    }
  }
}
