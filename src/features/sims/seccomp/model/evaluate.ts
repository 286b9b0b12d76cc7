// Evaluates a seccomp profile against recorded system calls, in three steps that mirror the
// real pipeline:
// 1. Docker keeps or drops each rule by includes/excludes: arches, caps (all of includes.caps
//    must be in the bounding set; any of excludes.caps drops it), minKernel
//    (moby profiles/seccomp/seccomp_linux.go setupSeccomp).
// 2. runc turns rules into libseccomp rules: SCMP_ACT_KILL means KILL_THREAD, a rule whose action
//    equals the default action is skipped, and conditions repeating an argument index become
//    separate rules, i.e. OR instead of AND (runc libcontainer/seccomp/seccomp_linux.go
//    getAction, matchCall).
// 3. The filter decides. When several rules name the same system call, an unconditional rule
//    wins over conditional ones (libseccomp behaviour reported in runc PR #2737 and
//    boustrophedon/extrasafe#6); among rules of the same kind that all match, our deterministic
//    choice is the kernel's action precedence (seccomp(2): KILL_PROCESS > KILL_THREAD > TRAP >
//    ERRNO > USER_NOTIF > TRACE > LOG > ALLOW). Well-formed profiles such as Docker's never
//    depend on that choice.
// Actions: ERRNO fails the call with errnoRet (default EPERM); TRACE and NOTIFY fail with ENOSYS
// because no tracer or seccomp agent is attached (seccomp(2)); TRAP sends SIGSYS, whose default
// disposition kills the process; LOG allows and logs. Unknown syscall names simply never match.
// Not modelled: the profile's architectures/archMap (they only add architectures to the filter;
// our traces are x86-64), and the kernel's own checks after seccomp allows a call (a mount still
// needs CAP_SYS_ADMIN, ptrace still needs ptrace access rights).
// https://man7.org/linux/man-pages/man2/seccomp.2.html

import { errnoName } from './errno.ts';
import type {
  SeccompAction,
  SeccompArg,
  SeccompContainer,
  SeccompProfile,
  SeccompRule,
  SeccompRuleFilter,
} from './profile.ts';

export type FilterAction =
  | 'KILL_PROCESS'
  | 'KILL_THREAD'
  | 'TRAP'
  | 'ERRNO'
  | 'NOTIFY'
  | 'TRACE'
  | 'LOG'
  | 'ALLOW';

/** Highest precedence first (seccomp(2), "the return value ... with the highest precedence"). */
const PRECEDENCE: readonly FilterAction[] = ['KILL_PROCESS', 'KILL_THREAD', 'TRAP', 'ERRNO', 'NOTIFY', 'TRACE', 'LOG', 'ALLOW'];

const EPERM = 1;
const ENOSYS = 38;

export type FilterRule = {
  syscall: string;
  action: FilterAction;
  errno: number;
  conditions: SeccompArg[];
  /** Index of the rule in profile.syscalls it came from. */
  profileRule: number;
};

export type CompiledFilter = { defaultAction: FilterAction; defaultErrno: number; rules: FilterRule[] };

export type SyscallCall = {
  name: string;
  /** Raw register values; only the ones a rule may compare need to be present. */
  args?: readonly (number | bigint)[];
  /**
   * Which failures the program shrugs off: `'any'` (a probe whose result is optional, e.g. ioctl TCGETS), a list of
   * errno names it handles (glibc falls back from clone3 to clone only on ENOSYS), or none (the default): every
   * error stops it. A SIGSYS kill is never survived.
   */
  survives?: 'any' | readonly string[];
  comment?: string;
};

export type SyscallVerdict =
  | { kind: 'allowed'; action: 'ALLOW' | 'LOG' }
  | { kind: 'denied'; action: 'ERRNO' | 'TRACE' | 'NOTIFY'; errno: number; errnoName: string }
  | { kind: 'killed'; action: 'KILL_PROCESS' | 'KILL_THREAD' | 'TRAP'; signal: 'SIGSYS' };

export type CallEvaluation = { call: SyscallCall; verdict: SyscallVerdict; profileRule: number | null };

export type ProgramOutcome =
  | { kind: 'completed' }
  | { kind: 'failed'; atCall: number; syscall: string; errno: number; errnoName: string }
  | { kind: 'killed'; atCall: number; syscall: string; signal: 'SIGSYS' };

export type TraceEvaluation = { calls: CallEvaluation[]; outcome: ProgramOutcome };

export function toFilterAction(action: SeccompAction): FilterAction {
  if (action === 'SCMP_ACT_KILL') return 'KILL_THREAD';
  return action.slice('SCMP_ACT_'.length) as FilterAction;
}

export function compileSeccompProfile(profile: SeccompProfile, container: SeccompContainer): CompiledFilter {
  const defaultAction = toFilterAction(profile.defaultAction);
  const defaultErrno = profile.defaultErrnoRet ?? EPERM;
  const rules: FilterRule[] = [];
  (profile.syscalls ?? []).forEach((rule, profileRule) => {
    if (!dockerKeepsRule(rule, container)) return;
    const action = toFilterAction(rule.action);
    const errno = rule.errnoRet ?? EPERM;
    if (action === defaultAction && (action !== 'ERRNO' || errno === defaultErrno)) return;
    const names = rule.names ?? (rule.name ? [rule.name] : []);
    for (const conditions of runcConditionSets(rule.args ?? [])) {
      for (const syscall of names) rules.push({ syscall, action, errno, conditions, profileRule });
    }
  });
  return { defaultAction, defaultErrno, rules };
}

export function evaluateSyscall(filter: CompiledFilter, call: SyscallCall): { verdict: SyscallVerdict; profileRule: number | null } {
  const candidates = filter.rules.filter((rule) => rule.syscall === call.name);
  const unconditional = candidates.filter((rule) => rule.conditions.length === 0);
  const pool = unconditional.length > 0 ? unconditional : candidates.filter((rule) => conditionsMatch(rule.conditions, call));
  const winner = pool.reduce<FilterRule | null>(
    (best, rule) => (best === null || PRECEDENCE.indexOf(rule.action) < PRECEDENCE.indexOf(best.action) ? rule : best),
    null,
  );
  if (!winner) return { verdict: verdictFor(filter.defaultAction, filter.defaultErrno), profileRule: null };
  return { verdict: verdictFor(winner.action, winner.errno), profileRule: winner.profileRule };
}

/** Runs a trace until the first call the program cannot survive. */
export function evaluateTrace(
  profile: SeccompProfile,
  calls: readonly SyscallCall[],
  container: SeccompContainer,
): TraceEvaluation {
  const filter = compileSeccompProfile(profile, container);
  const evaluated: CallEvaluation[] = [];
  for (const [atCall, call] of calls.entries()) {
    const { verdict, profileRule } = evaluateSyscall(filter, call);
    evaluated.push({ call, verdict, profileRule });
    if (verdict.kind === 'killed') {
      return { calls: evaluated, outcome: { kind: 'killed', atCall, syscall: call.name, signal: 'SIGSYS' } };
    }
    if (verdict.kind === 'denied' && !survivesError(call, verdict.errnoName)) {
      const { errno, errnoName: name } = verdict;
      return { calls: evaluated, outcome: { kind: 'failed', atCall, syscall: call.name, errno, errnoName: name } };
    }
  }
  return { calls: evaluated, outcome: { kind: 'completed' } };
}

/** Whether the program carries on after `call` fails with `errno` (see SyscallCall.survives). */
export function survivesError(call: SyscallCall, errno: string): boolean {
  const { survives } = call;
  return survives === 'any' || (survives?.includes(errno) ?? false);
}

function dockerKeepsRule(rule: SeccompRule, container: SeccompContainer): boolean {
  const excludes: SeccompRuleFilter = rule.excludes ?? {};
  const includes: SeccompRuleFilter = rule.includes ?? {};
  if (excludes.arches?.includes(container.arch)) return false;
  if (excludes.caps?.some((cap) => container.capabilities.includes(cap))) return false;
  if (excludes.minKernel && kernelAtLeast(container.kernelVersion, excludes.minKernel)) return false;
  if (includes.arches?.length && !includes.arches.includes(container.arch)) return false;
  if (includes.caps?.some((cap) => !container.capabilities.includes(cap))) return false;
  if (includes.minKernel && !kernelAtLeast(container.kernelVersion, includes.minKernel)) return false;
  return true;
}

/** One AND-ed set, or one set per condition when an argument index repeats (runc's fallback). */
function runcConditionSets(args: readonly SeccompArg[]): SeccompArg[][] {
  if (args.length === 0) return [[]];
  const indexes = args.map((arg) => arg.index);
  const repeats = new Set(indexes).size !== indexes.length;
  return repeats ? args.map((arg) => [arg]) : [[...args]];
}

function conditionsMatch(conditions: readonly SeccompArg[], call: SyscallCall): boolean {
  return conditions.every((condition) => compareArg(condition, BigInt(call.args?.[condition.index] ?? 0)));
}

function compareArg(condition: SeccompArg, arg: bigint): boolean {
  const value = BigInt(condition.value);
  switch (condition.op) {
    case 'SCMP_CMP_NE':
      return arg !== value;
    case 'SCMP_CMP_LT':
      return arg < value;
    case 'SCMP_CMP_LE':
      return arg <= value;
    case 'SCMP_CMP_EQ':
      return arg === value;
    case 'SCMP_CMP_GE':
      return arg >= value;
    case 'SCMP_CMP_GT':
      return arg > value;
    case 'SCMP_CMP_MASKED_EQ':
      return (arg & value) === BigInt(condition.valueTwo ?? 0);
  }
}

function verdictFor(action: FilterAction, errno: number): SyscallVerdict {
  switch (action) {
    case 'ALLOW':
    case 'LOG':
      return { kind: 'allowed', action };
    case 'ERRNO':
      return { kind: 'denied', action, errno, errnoName: errnoName(errno) };
    case 'TRACE':
    case 'NOTIFY':
      return { kind: 'denied', action, errno: ENOSYS, errnoName: errnoName(ENOSYS) };
    case 'KILL_PROCESS':
    case 'KILL_THREAD':
    case 'TRAP':
      return { kind: 'killed', action, signal: 'SIGSYS' };
  }
}

/** Docker's comparison: the running kernel is at least `minimum` (major.minor.patch, numeric). */
export function kernelAtLeast(running: string, minimum: string): boolean {
  const parse = (text: string) => (text.match(/^(\d+)(?:\.(\d+))?(?:\.(\d+))?/) ?? []).slice(1, 4).map((n) => Number(n ?? 0));
  const [a, b] = [parse(running), parse(minimum)];
  for (let i = 0; i < 3; i += 1) {
    if (a[i] !== b[i]) return a[i] > b[i];
  }
  return true;
}
