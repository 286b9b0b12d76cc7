// Trace runs → what the lab shows, as plain data in the learner's language. Pure: the build describes the starter
// profile's results with it, the running lab every later run (view.ts draws both).
import type { Translate } from '../../../../ui/strings.ts';
import { callsWithVerdicts, summarizeRun, type TraceRun, type TraceSummary } from './lab.ts';
import { seccompProblemKey, seccompProblemVars, type SeccompProblem } from './validate.ts';

/** A validator problem in the page's language: its `seccompLab.problem.<code>` string, placeholders filled. */
export function problemText(problem: SeccompProblem, t: Translate): string {
  return t(seccompProblemKey(problem.code), seccompProblemVars(problem));
}

export type CallKind = 'allowed' | 'logged' | 'denied' | 'survived' | 'killed' | 'not-reached';

export const CALL_SYMBOL: Readonly<Record<CallKind, string>> = {
  allowed: '✓',
  logged: '✓',
  denied: '✗',
  survived: '✗',
  killed: '☠',
  'not-reached': '○',
};

export type CallRow = { n: number; name: string; kind: CallKind; verdict: string; rule: string; comment: string };

export type TraceView = {
  program: string;
  command: string;
  description: string;
  outcome: TraceSummary['outcome']['kind'];
  outcomeText: string;
  summary: TraceSummary;
  rows: CallRow[];
};

export function traceView(run: TraceRun, t: Translate): TraceView {
  const summary = summarizeRun(run);
  const { outcome } = summary;
  const outcomeText =
    outcome.kind === 'completed'
      ? t('seccompLab.outcome.completed')
      : outcome.kind === 'failed'
        ? t('seccompLab.outcome.failed', { syscall: outcome.syscall, errno: outcome.errnoName })
        : t('seccompLab.outcome.killed', { syscall: outcome.syscall });
  const rows = callsWithVerdicts(run).map(({ call, result }, i): CallRow => {
    const base = { n: i + 1, name: call.name, comment: call.comment ?? '' };
    if (!result) return { ...base, kind: 'not-reached', verdict: t('seccompLab.verdict.notReached'), rule: '' };
    const rule = result.profileRule === null ? t('seccompLab.defaultRule') : `syscalls[${result.profileRule}]`;
    const { verdict } = result;
    if (verdict.kind === 'allowed') {
      return verdict.action === 'LOG'
        ? { ...base, kind: 'logged', verdict: t('seccompLab.verdict.logged'), rule }
        : { ...base, kind: 'allowed', verdict: t('seccompLab.verdict.allowed'), rule };
    }
    if (verdict.kind === 'killed') return { ...base, kind: 'killed', verdict: t('seccompLab.verdict.killed'), rule };
    const stopped = outcome.kind === 'failed' && outcome.atCall === i;
    return stopped
      ? { ...base, kind: 'denied', verdict: t('seccompLab.verdict.denied', { errno: verdict.errnoName }), rule }
      : { ...base, kind: 'survived', verdict: t('seccompLab.verdict.survived', { errno: verdict.errnoName }), rule };
  });
  return { program: run.trace.program, command: run.trace.command, description: run.trace.description, outcome: outcome.kind, outcomeText, summary, rows };
}
