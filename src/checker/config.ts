import type { CheckerConfig, FailureThreshold, Severity } from './types.ts';

const THRESHOLDS: FailureThreshold[] = ['error', 'warning', 'info', 'style', 'none'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'style'];

export interface ConfigResult extends CheckerConfig {
  /** Lines that could not be understood (1-based line numbers and a reason). */
  problems: { line: number; message: string }[];
}

/**
 * Reads the `.hadolint.yaml` subset we support: `ignored:` (a list), `failure-threshold:` (a scalar)
 * and `override:` (severity → list). Block lists (`- x`) and flow lists (`[a, b]`) both work.
 */
export function parseConfig(yamlText: string): ConfigResult {
  const result: ConfigResult = { problems: [] };
  const lines = String(yamlText ?? '').split(/\r?\n/);
  let section: string | null = null;
  let overrideSeverity: Severity | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = stripComment(lines[n]);
    if (line.trim() === '' || line.trim() === '---') continue;
    const indent = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed.startsWith('- ') || trimmed === '-') {
      const item = unquote(trimmed.slice(1).trim());
      if (section === 'ignored') (result.ignored ??= []).push(item);
      else if (section === 'override' && overrideSeverity) ((result.override ??= {})[overrideSeverity] ??= []).push(item);
      else if (section !== 'other') result.problems.push({ line: n + 1, message: 'list item outside a known key' });
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (colon === -1) {
      result.problems.push({ line: n + 1, message: 'expected "key: value"' });
      continue;
    }
    const key = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (indent > 0 && section === 'override') {
      if (!SEVERITIES.includes(key as Severity)) {
        result.problems.push({ line: n + 1, message: `unknown severity "${key}"` });
        overrideSeverity = null;
        continue;
      }
      overrideSeverity = key as Severity;
      if (value) ((result.override ??= {})[overrideSeverity] ??= []).push(...readList(value));
      continue;
    }
    if (indent > 0) continue;
    overrideSeverity = null;
    if (key === 'ignored') {
      section = 'ignored';
      if (value) (result.ignored ??= []).push(...readList(value));
    } else if (key === 'failure-threshold') {
      section = null;
      const threshold = unquote(value).toLowerCase() as FailureThreshold;
      if (THRESHOLDS.includes(threshold)) result.failureThreshold = threshold;
      else result.problems.push({ line: n + 1, message: `unknown failure-threshold "${value}"` });
    } else if (key === 'override') {
      section = 'override';
    } else {
      section = 'other';
    }
  }
  return result;
}

function stripComment(line: string): string {
  const hash = line.search(/(^|\s)#/);
  return hash === -1 ? line : line.slice(0, hash);
}

function readList(value: string): string[] {
  const inner = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value;
  return inner.split(',').map((item) => unquote(item.trim())).filter(Boolean);
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) return value.slice(1, -1);
  return value;
}
