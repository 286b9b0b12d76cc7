import { rules, type RuleModule } from '../../checker/index.ts';
import { flattenAliases } from '../../checker/define-rule.ts';
import { langOf, type LocaleKey } from '../../course/locales.ts';

/** Where each alias family documents its checks, so readers can compare. */
const aliasDocs = {
  hadolint: (code: string) => `https://github.com/hadolint/hadolint/wiki/${code}`,
  buildkit: (name: string) => `https://docs.docker.com/reference/build-checks/${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}/`,
  trivy: (id: string) => `https://avd.aquasec.com/misconfig/dockerfile/general/avd-ds-${id.replace(/^DS-?/i, '').padStart(4, '0')}/`,
} as const;

export interface RuleAliasLink {
  family: 'hadolint' | 'buildkit' | 'trivy';
  name: string;
  url: string;
}

export function aliasLinks(rule: RuleModule): RuleAliasLink[] {
  return (['hadolint', 'buildkit', 'trivy'] as const).flatMap((family) =>
    (rule.meta.aliases[family] ?? []).map((name) => ({ family, name, url: aliasDocs[family](name) })),
  );
}

/** The text the rule index filters on: id, title in the reader's language and every alias. */
export function ruleSearchText(rule: RuleModule, locale: LocaleKey): string {
  const lang = langOf(locale);
  return [rule.meta.id, rule.meta.title[lang], ...flattenAliases(rule.meta.aliases)].join(' ').toLowerCase();
}

export const allRules = rules;
export const severities = ['error', 'warning', 'info', 'style'] as const;
