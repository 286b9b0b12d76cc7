import { flattenAliases, type RuleModule } from './define-rule.ts';

/** Normalises an id or alias: case-insensitive, and Trivy's `DS-0005`, `DS005`, `AVD-DS-0005` are one id. */
export function normalizeAlias(alias: string): string {
  const trimmed = alias.trim().toLowerCase();
  const trivy = /^(?:avd-)?ds-?0*(\d+)$/.exec(trimmed);
  return trivy ? `ds${trivy[1]}` : trimmed;
}

export function buildAliasIndex(rules: readonly RuleModule[]): Map<string, RuleModule> {
  const index = new Map<string, RuleModule>();
  for (const rule of rules) {
    index.set(normalizeAlias(rule.meta.id), rule);
    for (const alias of flattenAliases(rule.meta.aliases)) index.set(normalizeAlias(alias), rule);
  }
  return index;
}
