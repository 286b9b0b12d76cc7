// Trace runs → what the lab shows, in the learner's language. Pure: the build renders the starter profile's
// results with it, the island renders every later run with it.

import { callsWithVerdicts, summarizeRun, type TraceRun, type TraceSummary } from './model/lab.ts';
import { seccompProblemVars, type SeccompProblem } from './model/validate.ts';
import { fillTemplate } from '../../../utils/template.ts';

/** `say('outcome.failed', { syscall })` → the `seccompLab.outcome.failed` string with its placeholders filled. */
export type Say = (key: string, vars?: Record<string, string | number>) => string;

export function sayFrom(strings: Readonly<Record<string, string>>): Say {
  return (key, vars = {}) =>
    fillTemplate(strings[`seccompLab.${key}`] ?? key, vars);
}

/** A validator problem in the page's language: the `seccompLab.problem.<code>` string (same as formatSeccompProblem). */
export function problemText(problem: SeccompProblem, say: Say): string {
  return say(`problem.${problem.code}`, seccompProblemVars(problem));
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

export function traceView(run: TraceRun, say: Say): TraceView {
  const summary = summarizeRun(run);
  const { outcome } = summary;
  const outcomeText =
    outcome.kind === 'completed'
      ? say('outcome.completed')
      : outcome.kind === 'failed'
        ? say('outcome.failed', { syscall: outcome.syscall, errno: outcome.errnoName })
        : say('outcome.killed', { syscall: outcome.syscall });
  const rows = callsWithVerdicts(run).map(({ call, result }, i): CallRow => {
    const base = { n: i + 1, name: call.name, comment: call.comment ?? '' };
    if (!result) return { ...base, kind: 'not-reached', verdict: say('verdict.notReached'), rule: '' };
    const rule = result.profileRule === null ? say('defaultRule') : `syscalls[${result.profileRule}]`;
    const { verdict } = result;
    if (verdict.kind === 'allowed') {
      return verdict.action === 'LOG'
        ? { ...base, kind: 'logged', verdict: say('verdict.logged'), rule }
        : { ...base, kind: 'allowed', verdict: say('verdict.allowed'), rule };
    }
    if (verdict.kind === 'killed') return { ...base, kind: 'killed', verdict: say('verdict.killed'), rule };
    const stopped = outcome.kind === 'failed' && outcome.atCall === i;
    return stopped
      ? { ...base, kind: 'denied', verdict: say('verdict.denied', { errno: verdict.errnoName }), rule }
      : { ...base, kind: 'survived', verdict: say('verdict.survived', { errno: verdict.errnoName }), rule };
  });
  return { program: run.trace.program, command: run.trace.command, description: run.trace.description, outcome: outcome.kind, outcomeText, summary, rows };
}
