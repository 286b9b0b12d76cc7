import { ruleDocsPath, rules, type Lang, type Severity } from '../../checker/index.ts';
import type { FileResult } from './file-result.ts';
import { SITE_URL } from '../../site.ts';
import { INVALID_UTF8_RULE } from '../invalid-utf8.ts';
import { safeJson } from '../terminal-safe.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };
/** Where the course site is published; rule pages hang off it (override with DFCHECK_SITE_URL). */
const SITE = (globalThis.process?.env.DFCHECK_SITE_URL ?? SITE_URL).replace(/\/$/, '');

/** SARIF 2.1.0 for code-scanning tools. */
export function formatSarif(results: FileResult[], lang: Lang): string {
  const driverRules = [
    ...rules.map((rule) => ({
      id: rule.meta.id,
      name: rule.meta.id,
      shortDescription: { text: rule.meta.title[lang] },
      fullDescription: { text: rule.meta.description[lang] },
      helpUri: SITE + ruleDocsPath(rule.meta.id, lang),
      defaultConfiguration: { level: LEVEL[rule.meta.severity] },
      properties: { aliases: [...(rule.meta.aliases.hadolint ?? []), ...(rule.meta.aliases.buildkit ?? []), ...(rule.meta.aliases.trivy ?? [])] },
    })),
    // The command line's own rule has no page on the site, so no helpUri.
    {
      id: INVALID_UTF8_RULE.id,
      name: INVALID_UTF8_RULE.id,
      shortDescription: { text: INVALID_UTF8_RULE.title[lang] },
      fullDescription: { text: INVALID_UTF8_RULE.description[lang] },
      defaultConfiguration: { level: LEVEL[INVALID_UTF8_RULE.severity] },
      properties: { aliases: [] as string[] },
    },
  ];
  const ruleIndex = new Map(driverRules.map((rule, index) => [rule.id, index]));
  const sarifResults = results.flatMap(({ file, findings }) =>
    findings.map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file === '-' ? 'stdin' : artifactUri(file) },
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'dfcheck', informationUri: SITE, rules: driverRules } }, results: sarifResults }],
  };
  return safeJson(log);
}

/** A relative URI reference for a path: `/` separators, and anything a URI cannot hold percent-encoded (`%1B`, `%20`). */
function artifactUri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/').toWellFormed()).replace(/[?#]/g, (char) => encodeURIComponent(char));
}
