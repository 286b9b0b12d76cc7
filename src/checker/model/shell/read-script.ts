import type { MappedText, SourceMap } from '../source-map.ts';
import { mappedRange } from '../source-map.ts';
import type { ShellCommand, ShellScript, Word } from '../types.ts';
import { MappedWord } from '../mapped-word.ts';
import { decodedText } from './decoded-text.ts';
import { scriptWord } from './nested-script.ts';
import { ReachTracker } from './reach.ts';
import { tokenizeShell } from './tokenize.ts';
import type { ShellToken } from './tokens.ts';
import { baseName } from './wrappers.ts';

/** Reserved words that open or continue a compound command; the command starts after them. */
const LEADING_KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'do', 'while', 'until', '!', '{', 'time']);
/** Reserved words that close a compound command; skipped where a command would start. */
const CLOSING_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** `sh -c "sh -c '…'"` nests; deeper than this is not read. */
const MAX_NESTING = 8;

type Joiner = ShellCommand['joinedBy'];

export interface ScriptContext {
  /** The script is the `-c` argument of a command that may not run. */
  mayNotRun?: boolean;
  /** How many `sh -c` levels enclose it. */
  depth?: number;
}

/**
 * Reads shell text into a flat list of simple commands, each word mapped back to the document. The words of
 * `for` and `case` headers and `case` patterns are left out; a shell run with `-c` gets its script read too.
 */
export function readShellScript(source: MappedText, map: SourceMap, from = 0, to = source.text.length, context: ScriptContext = {}): ShellScript {
  const tokens = tokenizeShell(source.text, from, to);
  const depth = context.depth ?? 0;
  const reach = new ReachTracker(context.mayNotRun);
  const commands: ShellCommand[] = [];
  let pipes = 0;
  let current: { words: Word[]; assignments: Word[]; joinedBy: Joiner } = { words: [], assignments: [], joinedBy: null };
  /** Inside a `for` header (until `do`), a `case` header (until `in`) or a `case` pattern (until `)`). */
  let skipping: 'for' | 'case' | 'pattern' | null = null;
  let openCases = 0;

  const toWord = (token: ShellToken): Word => new MappedWord(source, map, token.start, token.end, token.value, token.raw, token.hasExpansion);

  const finish = (pipesInto: boolean) => {
    if (current.words.length === 0 && current.assignments.length === 0) return;
    const first = current.assignments[0] ?? current.words[0];
    const last = current.words[current.words.length - 1] ?? current.assignments[current.assignments.length - 1];
    const command: ShellCommand = {
      words: current.words,
      assignments: current.assignments,
      name: current.words.length > 0 ? baseName(current.words[0].value) : '',
      joinedBy: commands.length === 0 ? null : current.joinedBy,
      pipesInto,
      range: mappedRange(source, map, first.start, last.end),
      mayNotRun: reach.command(current.words),
      script: null,
    };
    command.script = readCommandScript(command, source, map, depth);
    commands.push(command);
    current = { words: [], assignments: [], joinedBy: null };
  };

  const separate = (joiner: Joiner, pipesInto: boolean) => {
    finish(pipesInto);
    // A newline right after `&&` or `|` keeps the operator that joined the commands.
    if (joiner !== 'newline' || current.joinedBy === null) current.joinedBy = joiner;
  };

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    const plainWord = token.kind === 'word' && token.raw === token.value;
    if (skipping === 'for' || skipping === 'case') {
      if (plainWord && token.value === (skipping === 'for' ? 'do' : 'in')) {
        if (skipping === 'for') reach.keyword('do');
        skipping = skipping === 'case' ? 'pattern' : null;
      }
      continue;
    }
    if (skipping === 'pattern') {
      if (plainWord && token.value === 'esac') {
        skipping = null;
        openCases--;
        reach.keyword('esac');
      } else if (token.kind === 'operator' && token.value === ')') {
        skipping = null;
        reach.caseArm();
      }
      continue;
    }
    if (token.kind === 'redirect') {
      if (tokens[t + 1]?.kind === 'word') t++;
      continue;
    }
    if (token.kind === 'operator') {
      if (token.value === '(' && tokens[t + 1]?.value === ')' && current.words.length === 1) {
        // `name() { … }` defines a function: its name is no command, and its body runs only when called.
        current.words = [];
        reach.functionDefinition();
        t++;
        continue;
      }
      if (token.value === '|' || token.value === '|&') {
        pipes++;
        separate('|', true);
        reach.operator(token.value);
        continue;
      }
      const joiner: Joiner =
        token.value === '&&' ? '&&' : token.value === '||' ? '||' : token.value === '&' ? '&' : token.value === '\n' ? 'newline' : ';';
      separate(joiner, false);
      if (token.value === '(' || token.value === ')') reach.keyword(token.value);
      else reach.operator(token.value);
      if (token.value === ';;' && openCases > 0) skipping = 'pattern';
      continue;
    }
    const atStart = current.words.length === 0;
    if (atStart && current.assignments.length === 0 && plainWord) {
      if (LEADING_KEYWORDS.has(token.value) || CLOSING_KEYWORDS.has(token.value)) {
        reach.keyword(token.value);
        if (token.value === 'esac') openCases--;
        continue;
      }
      if (token.value === 'for' || token.value === 'case') {
        reach.keyword(token.value);
        if (token.value === 'case') openCases++;
        skipping = token.value;
        continue;
      }
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

/** The script of `sh -c '…'` (behind wrappers too), read with exact positions; null for any other command. */
export function readCommandScript(command: ShellCommand, source: MappedText, map: SourceMap, depth: number): ShellScript | null {
  if (depth >= MAX_NESTING) return null;
  const word = scriptWord(command);
  if (!word) return null;
  const text = decodedText(source, word.start, word.end, word.json ? 'json' : 'shell');
  return readShellScript(text, map, 0, text.text.length, { mayNotRun: command.mayNotRun, depth: depth + 1 });
}
