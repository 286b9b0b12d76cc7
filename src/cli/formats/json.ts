import { safeJson } from '../terminal-safe.ts';
import type { FileResult } from './file-result.ts';

export function formatJson(results: FileResult[]): string {
  return safeJson({ files: results });
}
