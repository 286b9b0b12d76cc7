/** The Dockerfile checker's public API: runs in a browser worker and under Node, with no build step. */
export { checkDockerfile, findRuleByAlias, ruleById, type CheckOptions } from './engine.ts';
export { parseDockerfile } from './model/parse.ts';
export { ruleDocsPath } from './docs-path.ts';
export { parseConfig, type ConfigResult } from './config.ts';
export { applyFixes } from './apply-fixes.ts';
export { allRules as rules } from './rules/index.ts';
export { defineRule, type RuleModule, type RuleMeta, type ReportDescriptor } from './define-rule.ts';
export type { DockerfileModel, Instruction, Stage, ShellCommand, Word } from './model/types.ts';
export type { CheckerConfig, Finding, Lang, Severity, SourceRange, TextEdit, FailureThreshold } from './types.ts';
export { SEVERITY_RANK } from './types.ts';
