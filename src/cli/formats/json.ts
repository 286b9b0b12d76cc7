import type { FileResult } from './file-result.ts';

export function formatJson(results: FileResult[]): string {
  return JSON.stringify({ files: results }, null, 2) + '\n';
}
