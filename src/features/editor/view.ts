import type { Finding } from '../../checker/index.ts';
import { h, type View } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';

/** More than this many list items would freeze the page on a pasted megabyte; the rest are summarised. */
export const MAX_LISTED_FINDINGS = 200;

/** The findings under an editor, one item each; learner text is always text, never HTML. */
export function findingsView(findings: Finding[], t: Translate): View[] {
  const items = findings.slice(0, MAX_LISTED_FINDINGS).map((finding) =>
    h('li', { class: `finding finding-${finding.severity}` },
      h('span', { class: `severity severity-${finding.severity}` }, t(`editor.severity.${finding.severity}`)), ' ',
      h('span', { class: 'finding-where' }, `${finding.line}:${finding.column}`), ' ',
      h('span', { class: 'finding-message' }, finding.message), ' ',
      h('a', { href: finding.docsUrl }, finding.rule)),
  );
  if (findings.length > MAX_LISTED_FINDINGS) {
    items.push(h('li', { class: 'finding-more' }, t('editor.moreFindings', { shown: MAX_LISTED_FINDINGS, total: findings.length })));
  }
  return items;
}
