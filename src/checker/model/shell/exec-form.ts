import { MappedWord } from '../mapped-word.ts';
import { mappedRange, type MappedText, type SourceMap } from '../source-map.ts';
import type { Instruction, ShellCommand } from '../types.ts';
import { readCommandScript } from './read-script.ts';
import { baseName } from './wrappers.ts';

/** A string of an exec-form (JSON) array: `value` is the decoded string, `raw` the JSON token with its quotes. */
export class JsonStringWord extends MappedWord {
  readonly json = true;
}

/**
 * Reads an exec-form array (`["apt-get", "install", "-y", "curl"]`, starting at `from`) as the one
 * command it runs, each string a word mapped to the document; `["sh", "-c", "…"]` also reads the script.
 */
export function readExecCommand(source: MappedText, map: SourceMap, from: number): ShellCommand | null {
  const text = source.text;
  const open = text.indexOf('[', from);
  if (open === -1) return null;
  const words: JsonStringWord[] = [];
  let i = open + 1;
  while (i < text.length && text[i] !== ']') {
    if (text[i] !== '"') {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    const end = Math.min(i + 1, text.length);
    const raw = text.slice(start, end);
    let value: string;
    try {
      value = JSON.parse(raw) as string;
    } catch {
      return null;
    }
    words.push(new JsonStringWord(source, map, start, end, value, raw, false));
    i = end;
  }
  if (words.length === 0) return null;
  const command: ShellCommand = {
    words,
    assignments: [],
    name: baseName(words[0].value),
    joinedBy: null,
    pipesInto: false,
    range: mappedRange(source, map, words[0].start, words[words.length - 1].end),
    mayNotRun: false,
    script: null,
  };
  command.script = readCommandScript(command, source, map, 0);
  return command;
}

const EXEC_FORM_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** Gives an exec-form RUN, CMD, ENTRYPOINT or HEALTHCHECK (and an ONBUILD's trigger) its `exec` command. */
export function attachExecCommand(instruction: Instruction, map: SourceMap): void {
  for (const target of [instruction, instruction.trigger]) {
    if (!target || target.json === null || !EXEC_FORM_KEYWORDS.has(target.keyword)) continue;
    const first = target.args[target.keyword === 'HEALTHCHECK' ? 1 : 0];
    if (first) target.exec = readExecCommand(target.source, map, first.start);
  }
}
