/**
 * Playground share links: the Dockerfile lives in the URL hash, deflate-compressed and base64url-encoded,
 * so sharing sends nothing to any server. Decoding refuses anything that is not what we encoded.
 */
export const SHARE_PREFIX = 'code=';
export const SHARE_MAX_DECODED = 1_000_000;
export const SHARE_MAX_ENCODED = 400_000;

export async function encodeShare(text: string): Promise<string> {
  const compressed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  let binary = '';
  for (const byte of compressed) binary += String.fromCharCode(byte);
  return SHARE_PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type DecodedShare = { ok: true; text: string } | { ok: false; reason: 'not-a-share' | 'too-large' | 'corrupt' };

export async function decodeShare(hash: string): Promise<DecodedShare> {
  const value = hash.replace(/^#/, '');
  if (!value.startsWith(SHARE_PREFIX)) return { ok: false, reason: 'not-a-share' };
  const payload = value.slice(SHARE_PREFIX.length);
  if (payload.length > SHARE_MAX_ENCODED) return { ok: false, reason: 'too-large' };
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return { ok: false, reason: 'corrupt' };
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), SHARE_MAX_DECODED);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? 'too-large' : 'corrupt' };
  }
}

/** Runs bytes through a (de)compression stream, stopping with a RangeError past `limit` bytes (zip bombs). */
async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const stream = new Blob([input as BlobPart]).stream().pipeThrough(transform);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new RangeError('decoded text too large');
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
