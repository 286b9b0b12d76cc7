// Sizes for --max-size: plain bytes or a number with k/M (binary units, as `ls -h` and `du -h` count).

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2 };

/** `4096`, `512k`, `2MB`, `1.5MiB` → bytes; null when the text is not a size. */
export function parseByteSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

/** `2 MB (2097152 bytes)`: the rounded figure people read, and the exact one. */
export function describeByteSize(bytes: number): string {
  const rounded = bytes >= 1024 ** 2 ? `${+(bytes / 1024 ** 2).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KB` : null;
  return rounded ? `${rounded} (${bytes} bytes)` : `${bytes} bytes`;
}
