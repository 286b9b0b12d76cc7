import type { Finding, Lang } from '../../checker/index.ts';

const severityLabel: Record<Lang, Record<Finding['severity'], string>> = {
  en: { error: 'error', warning: 'warning', info: 'info', style: 'style' },
  'pt-BR': { error: 'erro', warning: 'aviso', info: 'info', style: 'estilo' },
};

/** More than this many list items would freeze the page on a pasted megabyte; the rest are summarised. */
export const MAX_LISTED_FINDINGS = 200;

const moreText: Record<Lang, (shown: number, total: number) => string> = {
  en: (shown, total) => `Showing the first ${shown} of ${total} findings.`,
  'pt-BR': (shown, total) => `Mostrando os primeiros ${shown} de ${total} apontamentos.`,
};

/** Lists findings under an editor. Built with DOM APIs and textContent: learner text is never parsed as HTML. */
export function renderFindings(list: HTMLElement, findings: Finding[], lang: Lang): void {
  const items = findings.slice(0, MAX_LISTED_FINDINGS).map((finding) => {
    const item = document.createElement('li');
    item.className = `finding finding-${finding.severity}`;
    const badge = document.createElement('span');
    badge.className = `severity severity-${finding.severity}`;
    badge.textContent = severityLabel[lang][finding.severity];
    const where = document.createElement('span');
    where.className = 'finding-where';
    where.textContent = `${finding.line}:${finding.column}`;
    const message = document.createElement('span');
    message.className = 'finding-message';
    message.textContent = finding.message;
    const rule = document.createElement('a');
    rule.href = finding.docsUrl;
    rule.textContent = finding.rule;
    item.append(badge, ' ', where, ' ', message, ' ', rule);
    return item;
  });
  if (findings.length > MAX_LISTED_FINDINGS) {
    const more = document.createElement('li');
    more.className = 'finding-more';
    more.textContent = moreText[lang](MAX_LISTED_FINDINGS, findings.length);
    items.push(more);
  }
  list.replaceChildren(...items);
  list.dataset.count = String(findings.length);
}
