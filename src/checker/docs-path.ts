import type { Lang } from './types.ts';

/** The one place that maps a rule to its page on the site. */
export function ruleDocsPath(id: string, lang: Lang): string {
  return lang === 'pt-BR' ? `/pt-br/rules/${id}/` : `/en/rules/${id}/`;
}
