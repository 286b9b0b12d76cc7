// Reads one Dockerfile for checking without trusting what the path names: a FIFO, a device or a huge file must
// neither hang the command nor fill memory.
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { describeByteSize } from './byte-size.ts';

export type InputResult = { ok: true; bytes: Buffer } | { ok: false; problem: string };

/** Reads `file` (`-` is standard input) as bytes, refusing anything but a regular file of at most `maxBytes`. */
export async function readInput(file: string, maxBytes: number): Promise<InputResult> {
  return file === '-' ? readStandardInput(maxBytes) : readRegularFile(file, maxBytes);
}

async function readRegularFile(file: string, maxBytes: number): Promise<InputResult> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, problem: `cannot read ${file}: ${errorCode(error)}` };
  }
  try {
    // fstat on the open handle, not stat on the path: the path could be swapped between the two calls.
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, problem: `cannot check ${file}: ${notRegularFile(stats)}` };
    if (stats.size > maxBytes) return { ok: false, problem: `cannot check ${file}: ${tooBig(stats.size, maxBytes)}` };
    // Still capped while reading: the file may grow, or report size 0 (/proc).
    const bytes = await readCapped(chunksOf(handle), maxBytes);
    return bytes ? { ok: true, bytes } : { ok: false, problem: `cannot check ${file}: ${tooBig(null, maxBytes)}` };
  } catch (error) {
    return { ok: false, problem: `cannot read ${file}: ${errorCode(error)}` };
  } finally {
    await handle.close();
  }
}

async function readStandardInput(maxBytes: number): Promise<InputResult> {
  try {
    const bytes = await readCapped(process.stdin, maxBytes);
    return bytes ? { ok: true, bytes } : { ok: false, problem: `cannot check standard input: ${tooBig(null, maxBytes)}` };
  } catch (error) {
    return { ok: false, problem: `cannot read standard input: ${errorCode(error)}` };
  }
}

/** All the bytes, or null as soon as there are more than `maxBytes` (nothing further is read). */
async function readCapped(chunks: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length > maxBytes) return null;
  }
  return Buffer.concat(parts, length);
}

async function* chunksOf(handle: FileHandle): AsyncGenerator<Buffer> {
  for (;;) {
    const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(64 * 1024) });
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

function notRegularFile(stats: Stats): string {
  if (stats.isDirectory()) return 'it is a directory, not a file (name the Dockerfile inside it)';
  if (stats.isFIFO()) return 'it is a named pipe (FIFO), not a regular file (send its text to standard input instead: dfcheck - < FILE)';
  if (stats.isCharacterDevice()) return 'it is a character device, not a regular file';
  if (stats.isBlockDevice()) return 'it is a block device, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

function tooBig(size: number | null, maxBytes: number): string {
  return `${size === null ? 'it is larger than' : `it is ${describeByteSize(size)}, larger than`} the ${describeByteSize(maxBytes)} limit (raise it with --max-size)`;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
