import { buildAliasIndex, normalizeAlias } from './aliases.ts';
import { flattenAliases, type ReportDescriptor, type RuleModule } from './define-rule.ts';
import { ruleDocsPath } from './docs-path.ts';
import { formatMessage } from './messages.ts';
import { parseDockerfile } from './model/parse.ts';
import type { DockerfileModel } from './model/types.ts';
import { allRules } from './rules/index.ts';
import { checkDirectiveErrorOnWarn, checkDirectiveSkips, inlineSuppressions, instructionAtLine } from './suppressions.ts';
import { SEVERITY_RANK, type CheckerConfig, type Finding, type Lang, type Severity } from './types.ts';

export interface CheckOptions {
  lang?: Lang;
  config?: CheckerConfig;
  fileName?: string;
  /** Run only these rules (a rule's own tests); every rule by default. */
  rules?: readonly RuleModule[];
  /**
   * Called when a rule throws. By default the error is swallowed, so one rule failing on odd input never
   * hides what the others found; tests rethrow it.
   */
  onRuleError?: (error: unknown, rule: RuleModule) => void;
}

const aliasIndex = buildAliasIndex(allRules);

export function ruleById(id: string): RuleModule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}

/** Finds our rule for an id or any alias (`DL3020`, `JSONArgsRecommended`, `DS-0005`, `DS005`), case-insensitive. */
export function findRuleByAlias(alias: string): RuleModule | undefined {
  return aliasIndex.get(normalizeAlias(alias));
}

/** Checks Dockerfile text with every rule. Never throws. */
export function checkDockerfile(text: string, options: CheckOptions = {}): Finding[] {
  const model = parseDockerfile(text);
  return checkModel(model, options);
}

export function checkModel(model: DockerfileModel, options: CheckOptions = {}): Finding[] {
  return checkModelWithMessageIds(model, options).map((entry) => entry.finding);
}

/** Findings with the message id each came from (for rule tests and exercise grading). */
export function checkModelWithMessageIds(model: DockerfileModel, options: CheckOptions = {}): { finding: Finding; messageId: string }[] {
  const lang: Lang = options.lang === 'pt-BR' ? 'pt-BR' : 'en';
  const disabled = disabledRules(model, options.config);
  const severityOverrides = overrides(options.config);
  const suppressions = inlineSuppressions(model);
  // `# check=error=true` makes BuildKit fail the build on its checks' warnings: those rules report errors here too.
  const buildkitFails = checkDirectiveErrorOnWarn(model);
  const findings: { finding: Finding; messageId: string }[] = [];

  for (const rule of options.rules ?? allRules) {
    if (disabled.has(rule) && rule.meta.id !== 'syntax-error') continue;
    const names = [rule.meta.id, ...flattenAliases(rule.meta.aliases)].map(normalizeAlias);
    const report = (descriptor: ReportDescriptor) => {
      const instruction = instructionAtLine(model, descriptor.range.line);
      const ignored = instruction ? suppressions.get(instruction) : undefined;
      if (ignored && names.some((name) => ignored.has(name))) return;
      const severity = severityOverrides.get(rule) ?? (buildkitFails && rule.meta.aliases.buildkit?.length ? 'error' : rule.meta.severity);
      findings.push({ finding: toFinding(rule, descriptor, lang, severity), messageId: descriptor.messageId });
    };
    try {
      rule.check(model, report);
    } catch (error) {
      options.onRuleError?.(error, rule);
    }
  }
  return findings.sort((a, b) => compareFindings(a.finding, b.finding));
}

function disabledRules(model: DockerfileModel, config: CheckerConfig | undefined): Set<RuleModule> {
  const disabled = new Set<RuleModule>();
  const skips = checkDirectiveSkips(model);
  if (skips.has('all')) allRules.forEach((rule) => disabled.add(rule));
  const ignored = Array.isArray(config?.ignored) ? config.ignored.filter((name) => typeof name === 'string') : [];
  for (const name of [...skips, ...ignored.map(normalizeAlias)]) {
    const rule = aliasIndex.get(name);
    if (rule) disabled.add(rule);
  }
  return disabled;
}

function overrides(config: CheckerConfig | undefined): Map<RuleModule, Severity> {
  const result = new Map<RuleModule, Severity>();
  for (const [severity, names] of Object.entries(config?.override ?? {})) {
    if (!(severity in SEVERITY_RANK)) continue;
    for (const name of Array.isArray(names) ? names : []) {
      const rule = findRuleByAlias(name);
      if (rule) result.set(rule, severity as Severity);
    }
  }
  return result;
}

function toFinding(rule: RuleModule, descriptor: ReportDescriptor, lang: Lang, severity: Severity): Finding {
  const template = rule.meta.messages[descriptor.messageId]?.[lang] ?? descriptor.messageId;
  const finding: Finding = {
    rule: rule.meta.id,
    aliases: flattenAliases(rule.meta.aliases),
    severity,
    message: formatMessage(template, descriptor.data),
    line: descriptor.range.line,
    column: descriptor.range.column,
    endLine: descriptor.range.endLine,
    endColumn: descriptor.range.endColumn,
    docsUrl: ruleDocsPath(rule.meta.id, lang),
  };
  if (descriptor.fix && descriptor.fix.length > 0) finding.fix = descriptor.fix;
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
