import type { Finding } from '../../checker/index.ts';

export interface FileResult {
  file: string;
  findings: Finding[];
}
