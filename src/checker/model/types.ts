import type { SourceRange } from '../types.ts';
import type { VariableScope } from './scope.ts';
import type { MappedText } from './source-map.ts';

/** A word of an instruction or of a shell command, with quotes and escapes removed in `value`. */
export interface Word {
  value: string;
  raw: string;
  range: SourceRange;
  /** Offsets in the instruction's logical text (continuations removed). */
  start: number;
  end: number;
  /** True when the raw text contains `$` outside single quotes. */
  hasExpansion: boolean;
  /** A string of an exec-form (JSON) array (`raw` is the JSON token): an edit beside it must keep the JSON valid. */
  readonly json?: boolean;
}

export interface Flag {
  name: string;
  value: string | null;
  range: SourceRange;
  nameRange: SourceRange;
  valueRange: SourceRange | null;
}

export interface Heredoc {
  name: string;
  /** `<<-` strips leading tabs. */
  stripTabs: boolean;
  /** Quoted delimiter: no expansion in the body. */
  quoted: boolean;
  body: string;
  /** Document offset where the body starts. */
  bodyOffset: number;
  /** Document offset where the body ends (the delimiter line starts). */
  bodyEnd: number;
  range: SourceRange;
  terminated: boolean;
}

export interface KeyValue {
  key: string;
  /** Value with quotes removed. */
  value: string;
  rawValue: string;
  /** `ENV key value` (no `=`). */
  legacy: boolean;
  hasValue: boolean;
  range: SourceRange;
  keyRange: SourceRange;
  valueRange: SourceRange | null;
}

export interface ShellCommand {
  /** Words after leading `VAR=value` assignments and wrappers are kept in `words`. */
  words: Word[];
  assignments: Word[];
  /** Command name with any leading path removed (`/usr/bin/apt-get` → `apt-get`). */
  name: string;
  /** How this command is joined to the previous one. */
  joinedBy: '&&' | '||' | ';' | '|' | '&' | 'newline' | null;
  /** Output piped into the next command. */
  pipesInto: boolean;
  range: SourceRange;
  /** It may not run in a build that succeeds: after `true ||`, in an `if` branch, after `exit 0` … (see shell/reach.ts). */
  mayNotRun: boolean;
  /** The script a shell runs with `-c` (`sh -c '…'`, `bash -lc "…"`), read as shell; null for any other command. */
  script: ShellScript | null;
}

export interface ShellScript {
  /** The simple commands as written, in order (a `sh -c` script's own commands are in that command's `script`). */
  commands: ShellCommand[];
  /** Number of pipes `|` between commands. */
  pipes: number;
}

export interface Instruction {
  /** Upper-cased keyword. */
  keyword: string;
  keywordAsWritten: string;
  keywordRange: SourceRange;
  range: SourceRange;
  /** Instruction text with continuations folded, from the keyword to the end of its logical line. */
  text: string;
  flags: Flag[];
  /** Whitespace-separated words after the flags (heredoc bodies excluded). */
  args: Word[];
  /** Text after the keyword and flags, trailing whitespace removed. */
  argsText: string;
  argsRange: SourceRange | null;
  /** Exec (JSON) form values, or null in shell form. */
  json: string[] | null;
  heredocs: Heredoc[];
  /** ENV / LABEL / ARG pairs. */
  pairs: KeyValue[];
  /** Shell commands of RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD in shell form and shell heredocs. */
  shell: ShellScript | null;
  /** The exec (JSON) form as the one command it runs, each string a word (null in shell form). */
  exec: ShellCommand | null;
  /** ONBUILD's trigger instruction. */
  trigger: Instruction | null;
  /** The stage `COPY --from=` names (by name or index, this stage included), or null: no --from, an image, a later or unknown stage. */
  fromStage: Stage | null;
  /**
   * ARG and ENV values visible to this instruction (null: declared without a value). Read it like a
   * `ReadonlyMap` (`get`, `has`, `keys()`, `for … of`); it is a persistent scope shared with the
   * instructions around it, never a copy per instruction.
   */
  variables: VariableScope;
  /** Stage index, or -1 before the first FROM. */
  stageIndex: number;
  index: number;
  /** Comment lines directly above the instruction. */
  commentsAbove: Comment[];
  /** Start offset of the instruction's logical text in the document. */
  offset: number;
  /** The logical line the instruction was read from, with its map back to the document. */
  source: MappedText;
}

export interface Comment {
  text: string;
  range: SourceRange;
}

export interface ImageReference {
  raw: string;
  registry: string | null;
  /** Repository path without registry, e.g. `library/node` is reported as `node`. */
  repository: string;
  tag: string | null;
  digest: string | null;
}

export interface Stage {
  index: number;
  name: string | null;
  nameRange: SourceRange | null;
  /** The `AS` keyword as written. */
  asKeyword: string | null;
  asRange: SourceRange | null;
  from: Instruction;
  /** Base image after ARG substitution. */
  baseImage: ImageReference;
  baseImageRange: SourceRange | null;
  /** The base image names an earlier stage. */
  baseStage: Stage | null;
  platform: string | null;
  scratch: boolean;
  distroless: boolean;
  instructions: Instruction[];
}

export interface ParserDirective {
  name: string;
  value: string;
  range: SourceRange;
}

export interface SyntaxProblem {
  messageId: string;
  data?: Record<string, string | number>;
  range: SourceRange;
}

export interface DockerfileModel {
  text: string;
  lines: string[];
  directives: ParserDirective[];
  escapeChar: string;
  instructions: Instruction[];
  /** ARG instructions before the first FROM. */
  globalArgs: Instruction[];
  stages: Stage[];
  comments: Comment[];
  syntaxProblems: SyntaxProblem[];
  /** Maps a document offset to a 1-based position. */
  position(offset: number): { line: number; column: number };
}
