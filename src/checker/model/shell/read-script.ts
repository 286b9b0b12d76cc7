import type { MappedText, SourceMap } from '../source-map.ts';
import { mappedRange } from '../source-map.ts';
import type { ShellCommand, ShellScript, Word } from '../types.ts';
import { MappedWord } from '../mapped-word.ts';
import { tokenizeShell } from './tokenize.ts';
import type { ShellToken } from './tokens.ts';

/** Reserved words that open or continue a compound command; the command starts after them. */
const LEADING_KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'do', 'while', 'until', '!', '{', 'time']);
/** Reserved words that close a compound command; skipped where a command would start. */
const CLOSING_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

type Joiner = ShellCommand['joinedBy'];

/** Reads shell text into a flat list of simple commands, each word mapped back to the document. */
export function readShellScript(source: MappedText, map: SourceMap, from = 0, to = source.text.length): ShellScript {
  const tokens = tokenizeShell(source.text, from, to);
  const commands: ShellCommand[] = [];
  let pipes = 0;
  let current: { words: Word[]; assignments: Word[]; joinedBy: Joiner } = { words: [], assignments: [], joinedBy: null };

  const toWord = (token: ShellToken): Word => new MappedWord(source, map, token.start, token.end, token.value, token.raw, token.hasExpansion);

  const finish = (pipesInto: boolean) => {
    if (current.words.length === 0 && current.assignments.length === 0) return;
    const first = current.assignments[0] ?? current.words[0];
    const last = current.words[current.words.length - 1] ?? current.assignments[current.assignments.length - 1];
    commands.push({
      words: current.words,
      assignments: current.assignments,
      name: current.words.length > 0 ? baseName(current.words[0].value) : '',
      joinedBy: commands.length === 0 ? null : current.joinedBy,
      pipesInto,
      range: mappedRange(source, map, first.start, last.end),
    });
    current = { words: [], assignments: [], joinedBy: null };
  };

  const separate = (joiner: Joiner, pipesInto: boolean) => {
    finish(pipesInto);
    // A newline right after `&&` or `|` keeps the operator that joined the commands.
    if (joiner !== 'newline' || current.joinedBy === null) current.joinedBy = joiner;
  };

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.kind === 'redirect') {
      if (tokens[t + 1]?.kind === 'word') t++;
      continue;
    }
    if (token.kind === 'operator') {
      if (token.value === '|' || token.value === '|&') {
        pipes++;
        separate('|', true);
        continue;
      }
      const joiner: Joiner =
        token.value === '&&' ? '&&' : token.value === '||' ? '||' : token.value === '&' ? '&' : token.value === '\n' ? 'newline' : ';';
      separate(joiner, false);
      continue;
    }
    const atStart = current.words.length === 0;
    if (atStart && current.assignments.length === 0 && (LEADING_KEYWORDS.has(token.value) || CLOSING_KEYWORDS.has(token.value)) && token.raw === token.value) {
      continue;
    }
    if (atStart && ASSIGNMENT.test(token.raw)) {
      current.assignments.push(toWord(token));
      continue;
    }
    current.words.push(toWord(token));
  }
  finish(false);
  return { commands, pipes };
}

function baseName(value: string): string {
  const slash = value.lastIndexOf('/');
  return slash === -1 ? value : value.slice(slash + 1);
}
