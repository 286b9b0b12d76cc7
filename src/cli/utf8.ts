// Decodes a Dockerfile's bytes: invalid UTF-8 does not stop the check, but where it starts is worth telling.

export interface InvalidUtf8 {
  /** 1-based, in the decoded text (columns count UTF-16 code units, like the checker's). */
  line: number;
  column: number;
  /** 0-based byte offset of the first byte that is not part of a well-formed character. */
  offset: number;
  byte: number;
}

// ignoreBOM keeps a leading U+FEFF in the text, as readFileSync(…, 'utf8') did, so columns stay the same.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text (invalid sequences become U+FFFD) and, if any, where the first invalid byte is. */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalid: InvalidUtf8 | null } {
  const text = lenient.decode(bytes);
  const offset = firstInvalidOffset(bytes);
  if (offset === -1) return { text, invalid: null };
  // Everything before `offset` is well-formed, so decoding it gives the same characters as the start of `text`.
  const before = lenient.decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { text, invalid: { line, column: before.length - lineStart + 1, offset, byte: bytes[offset] } };
}

/** `0xE9`, as the messages show a byte. */
export function byteHex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Byte offset where the first ill-formed sequence starts (Unicode Table 3-7), or -1. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the well-formed sequence starting at `i`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead <= 0x7f) return 1;
  // The range of the second byte depends on the lead: this is what rules out overlong forms, surrogates and > U+10FFFF.
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  if (bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}
