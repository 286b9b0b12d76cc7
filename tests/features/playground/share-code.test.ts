import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, SHARE_MAX_DECODED } from '../../../src/features/playground/share-code.ts';

describe('playground share links', () => {
  it('round-trips any text, including HTML and non-ASCII', async () => {
    const text = 'FROM alpine:3.20\nRUN echo "<img src=x onerror=alert(1)></script> ação ✓"\n';
    const hash = await encodeShare(text);
    expect(hash).toMatch(/^code=[A-Za-z0-9_-]+$/);
    expect(await decodeShare(`#${hash}`)).toEqual({ ok: true, text });
  });

  it('compresses: a 200-line Dockerfile fits in a short URL', async () => {
    const text = Array.from({ length: 200 }, (_, i) => `RUN echo step ${i} && apt-get update`).join('\n');
    expect((await encodeShare(text)).length).toBeLessThan(text.length / 5);
  });

  it('refuses hashes that are not share links, corrupt payloads and zip bombs', async () => {
    expect(await decodeShare('#slide-3')).toEqual({ ok: false, reason: 'not-a-share' });
    expect(await decodeShare('#code=<script>alert(1)</script>')).toEqual({ ok: false, reason: 'corrupt' });
    expect(await decodeShare('#code=AAAAAAAA')).toEqual({ ok: false, reason: 'corrupt' });
    const bomb = await encodeShare('A'.repeat(SHARE_MAX_DECODED + 10));
    expect(await decodeShare(bomb)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('rejects text that is not valid UTF-8', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0xfd]);
    const compressed = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const hash = 'code=' + btoa(String.fromCharCode(...compressed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(await decodeShare(hash)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
