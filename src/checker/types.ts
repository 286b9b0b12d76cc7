/** Public types shared by the engine, the rules, the CLI and the website. */

export type Lang = 'en' | 'pt-BR';
export type Severity = 'error' | 'warning' | 'info' | 'style';
export type FailureThreshold = Severity | 'none';

/** 1-based lines and columns; the end column is exclusive. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Replaces the text in its range (1-based, end exclusive). */
export interface TextEdit extends SourceRange {
  text: string;
}

export interface Finding extends SourceRange {
  rule: string;
  aliases: string[];
  severity: Severity;
  message: string;
  docsUrl: string;
  fix?: TextEdit[];
}

export interface CheckerConfig {
  /** Rule ids or aliases to turn off. */
  ignored?: string[];
  /** Findings below this severity are dropped by the CLI's exit code, not from the output. */
  failureThreshold?: FailureThreshold;
  /** Severity changes per rule id or alias. */
  override?: Partial<Record<Severity, string[]>>;
}

export type Localized = Record<Lang, string>;

export const SEVERITY_RANK: Record<Severity, number> = { error: 4, warning: 3, info: 2, style: 1 };
