/** A token of a shell command line: a word (quotes removed in `value`) or an operator. */
export interface ShellToken {
  kind: 'word' | 'operator' | 'redirect';
  value: string;
  raw: string;
  start: number;
  end: number;
  hasExpansion: boolean;
}
