import type { DockerfileModel } from './model/types.ts';
import type { Localized, Severity, SourceRange, TextEdit } from './types.ts';

/** A lesson's file name in content/lessons/en, without `.mdx`. A string, so the checker stays free of the
 *  course's contents; tests/checker/rule-lessons.test.ts checks each rule names a lesson that exists. */
export type LessonSlug = string;

export interface RuleAliases {
  hadolint?: string[];
  buildkit?: string[];
  trivy?: string[];
}

export interface RuleMeta {
  id: string;
  aliases: RuleAliases;
  severity: Severity;
  fixable: boolean;
  lesson: LessonSlug;
  title: Localized;
  /** Why it matters, 2-4 sentences. */
  description: Localized;
  examples: { bad: string; good: string };
  /** Message templates with `{placeholders}`. */
  messages: Record<string, Localized>;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  range: SourceRange;
  fix?: TextEdit[];
}

export type Report = (descriptor: ReportDescriptor) => void;

export interface RuleModule {
  meta: RuleMeta;
  check(model: DockerfileModel, report: Report): void;
}

export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}

/** All aliases of a rule, flattened (hadolint, then BuildKit, then Trivy). */
export function flattenAliases(aliases: RuleAliases): string[] {
  return [...(aliases.hadolint ?? []), ...(aliases.buildkit ?? []), ...(aliases.trivy ?? [])];
}
