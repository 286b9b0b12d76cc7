import type { ShellCommand, Word } from '../types.ts';
import { baseName, commandStart } from './wrappers.ts';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
/** Shell options whose value is the next word (`bash -o pipefail -c …`). */
const SHELL_VALUE_OPTIONS = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);

/** The word a shell runs as a script: `sh -c '…'`, `bash -lc "…"`, `/bin/sh -ec '…'`, behind wrappers too; else null. */
export function scriptWord(command: ShellCommand): Word | null {
  const words = command.words;
  const start = commandStart(words).index;
  if (!SHELLS.has(baseName(words[start]?.value ?? ''))) return null;
  let readsScript = false;
  for (let i = start + 1; i < words.length; i++) {
    const value = words[i].value;
    if (SHELL_VALUE_OPTIONS.has(value)) {
      i++;
      continue;
    }
    if (/^[-+][A-Za-z]+$/.test(value)) {
      if (value.startsWith('-') && value.includes('c')) readsScript = true;
      continue;
    }
    if (value.startsWith('--')) continue;
    // The first operand is the script with -c, and a script file without it.
    return readsScript ? words[i] : null;
  }
  return null;
}
