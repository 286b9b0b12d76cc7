import type { Finding } from '../../checker/index.ts';
import { escapeControls } from '../terminal-safe.ts';
import type { FileResult } from './file-result.ts';

const COLOURS: Record<Finding['severity'], string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', style: '\x1b[2m' };
const RESET = '\x1b[0m';

/** `file:line:col severity rule message`, one finding per line; control characters from the file are escaped. */
export function formatText(results: FileResult[], colour: boolean): string {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    for (const finding of findings) {
      const severity = colour ? `${COLOURS[finding.severity]}${finding.severity}${RESET}` : finding.severity;
      const rule = colour ? `\x1b[2m${finding.rule}${RESET}` : finding.rule;
      lines.push(`${escapeControls(file)}:${finding.line}:${finding.column} ${severity} ${rule} ${escapeControls(finding.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
