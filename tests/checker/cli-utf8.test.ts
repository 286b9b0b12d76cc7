// Where dfcheck says the first invalid UTF-8 byte is: the classic malformed sequences, and columns as the checker counts.
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/cli/utf8.ts';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('decodeUtf8', () => {
  it('accepts well-formed text of every length, a BOM included', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'FROM café 日本 😀\n')).invalid).toBeNull();
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'FROM x')).text).toBe('\ufeffFROM x');
  });

  it.each([
    ['a Latin-1 byte', [0xe9]],
    ['a lone continuation byte', [0x80]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short', [0xe2, 0x82, 0x41]],
    ['a sequence cut by the end of the file', [0xf0, 0x9f, 0x98]],
  ])('finds %s at its first byte', (_name, sequence) => {
    const { invalid, text } = decodeUtf8(bytes('FROM alpine\r\nLABEL é="', sequence, '"\n'));
    expect(invalid).toEqual({ line: 2, column: 10, offset: 23, byte: sequence[0] });
    expect(text).toContain('\ufffd');
  });
});
