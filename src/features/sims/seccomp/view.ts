// What <seccomp-lab> draws from the trace runs and the validator: each program's strip of calls and its call table,
// the summary table, the validation box and a challenge's checks. SeccompLab.astro renders the starter profile's
// results with these functions and lab.ts redraws with them after every edit.
import { h, type View } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import { CALL_SYMBOL, problemText, type TraceView } from './model/describe-run.ts';
import type { SeccompProblem } from './model/validate.ts';

const columns = (...names: string[]) => h('tr', {}, ...names.map((name) => h('th', { scope: 'col' }, name)));

/** One item per program; `open` lists the programs whose call table the learner has opened (kept across runs). */
export function traceItems(views: readonly TraceView[], t: Translate, open: ReadonlySet<string> = new Set()): View[] {
  return views.map((view) =>
    h('li', { class: 'lab-trace', 'data-program': view.program, 'data-outcome': view.outcome },
      h('div', { class: 'trace-head' },
        h('strong', { class: 'trace-program' }, view.program),
        h('code', { class: 'trace-command' }, view.command),
        h('span', { class: 'trace-outcome' }, view.outcomeText)),
      h('div', { class: 'trace-strip', 'aria-hidden': 'true' },
        ...view.rows.map((row) => h('span', { class: 'trace-cell', 'data-kind': row.kind, title: `${row.name}: ${row.verdict}` }, CALL_SYMBOL[row.kind]))),
      h('details', { class: 'trace-calls', open: open.has(view.program) },
        h('summary', {}, `${t('seccompLab.calls')} (${view.rows.length})`),
        h('table', {},
          h('thead', {}, columns(t('seccompLab.col.n'), t('seccompLab.col.call'), t('seccompLab.col.verdict'), t('seccompLab.col.rule'))),
          h('tbody', {},
            ...view.rows.map((row) =>
              h('tr', { 'data-kind': row.kind, title: row.comment || undefined },
                h('td', {}, row.n), h('td', {}, h('code', {}, row.name)), h('td', {}, `${CALL_SYMBOL[row.kind]} ${row.verdict}`), h('td', {}, row.rule))))))),
  );
}

/** The text alternative: one row per program with how far it got. */
export function summaryRows(views: readonly TraceView[]): View[] {
  return views.map((view) =>
    h('tr', { 'data-program': view.program },
      h('th', { scope: 'row' }, view.program),
      h('td', {}, h('code', {}, view.command)),
      h('td', {}, view.outcomeText),
      h('td', {}, `${view.summary.allowed}/${view.summary.total}`),
      h('td', {}, view.summary.deniedSurvived),
      h('td', {}, view.summary.notReached)),
  );
}

/** "valid" or "not valid", then the errors and the warnings, each problem in the page's language. */
export function validationParts(errors: readonly SeccompProblem[], warnings: readonly SeccompProblem[], t: Translate): View[] {
  const list = (heading: string, problems: readonly SeccompProblem[]) =>
    problems.length === 0
      ? []
      : [
          h('p', { class: 'lab-validation-heading' }, `${heading} (${problems.length})`),
          h('ul', {}, ...problems.map((problem) => h('li', { 'data-code': problem.code }, problemText(problem, t)))),
        ];
  return [
    h('p', {}, t(errors.length === 0 ? 'seccompLab.valid' : 'seccompLab.invalid')),
    ...list(t('seccompLab.errors'), errors),
    ...list(t('seccompLab.warnings'), warnings),
  ];
}

export type ChallengeCheck = { passed: boolean; text: string };

/** A challenge's checks, ✔ or ✘, with the state spelled out for screen readers. */
export function checkItems(checks: readonly ChallengeCheck[], t: Translate): View[] {
  return checks.map((check) =>
    h('li', { 'data-passed': String(check.passed) },
      h('span', { 'aria-hidden': 'true' }, check.passed ? '✔ ' : '✘ '),
      h('span', { class: 'sr-only' }, `${t(check.passed ? 'seccompLab.met' : 'seccompLab.notMet')}: `),
      check.text),
  );
}
