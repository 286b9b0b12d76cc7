// What the seccomp lab computes from a profile the learner writes: the presets it starts from, the
// recorded traces run against the profile, and its two graded challenges. Pure: the island and the
// build-time table call the same functions.

import { DOCKER_DEFAULT_SECCOMP_PROFILE } from './docker-default.ts';
import { compileSeccompProfile, evaluateTrace, type CallEvaluation, type ProgramOutcome, type TraceEvaluation } from './evaluate.ts';
import { DEFAULT_SECCOMP_CONTAINER, type SeccompContainer, type SeccompProfile } from './profile.ts';
import { GO_HTTP_SERVER_TRACE, LS_TRACE, MKDIR_TRACE, NODE_HTTP_SERVER_TRACE, SECCOMP_TRACES, type SyscallTrace } from './traces.ts';
import { validateSeccompProfile, type SeccompProblem } from './validate.ts';

export const SECCOMP_LAB_ID = 'seccomp-lab';

/** Capabilities the learner can add on top of Docker's 14 defaults; each opens rules of Docker's profile. */
export const LAB_EXTRA_CAPABILITIES = ['CAP_SYS_ADMIN', 'CAP_SYS_PTRACE', 'CAP_SYS_BOOT'] as const;
export type LabCapability = (typeof LAB_EXTRA_CAPABILITIES)[number];

export function labContainer(extra: readonly string[] = []): SeccompContainer {
  const capabilities = [...DEFAULT_SECCOMP_CONTAINER.capabilities, ...extra.filter((cap) => !DEFAULT_SECCOMP_CONTAINER.capabilities.includes(cap))];
  return { ...DEFAULT_SECCOMP_CONTAINER, capabilities };
}

/** The calls every dynamically linked program in our traces makes before main(). */
const LOADER_CALLS = [
  'execve', 'brk', 'arch_prctl', 'mmap', 'access', 'openat', 'newfstatat', 'read', 'mprotect', 'munmap',
  'set_tid_address', 'set_robust_list', 'rseq', 'prlimit64', 'getrandom',
];

export const LAB_PRESET_IDS = ['allow-list', 'docker-default', 'allow-all', 'deny-all'] as const;
export type LabPresetId = (typeof LAB_PRESET_IDS)[number];

export const LAB_PRESETS: Readonly<Record<LabPresetId, SeccompProfile>> = {
  // A starting point: enough for `ls`, nothing else. Everything off the list fails with EPERM.
  'allow-list': {
    defaultAction: 'SCMP_ACT_ERRNO',
    defaultErrnoRet: 1,
    syscalls: [
      { names: LOADER_CALLS, action: 'SCMP_ACT_ALLOW' },
      { names: ['ioctl', 'getdents64', 'write', 'close', 'exit_group'], action: 'SCMP_ACT_ALLOW' },
    ],
  },
  'docker-default': DOCKER_DEFAULT_SECCOMP_PROFILE,
  'allow-all': { defaultAction: 'SCMP_ACT_ALLOW' },
  'deny-all': { defaultAction: 'SCMP_ACT_ERRNO', defaultErrnoRet: 1 },
};

export const presetText = (id: LabPresetId): string => JSON.stringify(LAB_PRESETS[id], null, 2) + '\n';

/** Problems are structured (code, path, params); the lab words them in the page's language. */
export type ParsedProfile = { profile: SeccompProfile | null; errors: SeccompProblem[]; warnings: SeccompProblem[] };

/** The learner's text as a profile, or the validator's reasons why not. Never throws. */
export function parseProfile(text: string): ParsedProfile {
  const { valid, errors, warnings } = validateSeccompProfile(text);
  return { profile: valid ? (JSON.parse(text) as SeccompProfile) : null, errors, warnings };
}

export type TraceRun = { trace: SyscallTrace; evaluation: TraceEvaluation };

export function runTraces(profile: SeccompProfile, container: SeccompContainer, traces: readonly SyscallTrace[] = SECCOMP_TRACES): TraceRun[] {
  return traces.map((trace) => ({ trace, evaluation: evaluateTrace(profile, trace.calls, container) }));
}

/** One line of the results table: how far the program got and what stopped it. */
export type TraceSummary = {
  program: string;
  command: string;
  outcome: ProgramOutcome;
  total: number;
  allowed: number;
  /** Calls that failed but the program carried on (e.g. clone3 → clone). */
  deniedSurvived: number;
  /** Calls the program never reached because it stopped earlier. */
  notReached: number;
};

export function summarizeRun({ trace, evaluation }: TraceRun): TraceSummary {
  const allowed = evaluation.calls.filter((c) => c.verdict.kind === 'allowed').length;
  const denied = evaluation.calls.filter((c) => c.verdict.kind === 'denied').length;
  return {
    program: trace.program,
    command: trace.command,
    outcome: evaluation.outcome,
    total: trace.calls.length,
    allowed,
    deniedSurvived: denied - (evaluation.outcome.kind === 'failed' ? 1 : 0),
    notReached: trace.calls.length - evaluation.calls.length,
  };
}

/** Each call of a trace with its verdict, `null` for calls after the program stopped. */
export function callsWithVerdicts(run: TraceRun): { call: SyscallTrace['calls'][number]; result: CallEvaluation | null }[] {
  return run.trace.calls.map((call, i) => ({ call, result: run.evaluation.calls[i] ?? null }));
}

const ALLOWING = new Set(['ALLOW', 'LOG']);

/**
 * The distinct system calls the profile lets through for this container (a rule with argument conditions counts:
 * the call is reachable). `null` when the default action itself allows, i.e. every unlisted call runs.
 */
export function allowedSyscalls(profile: SeccompProfile, container: SeccompContainer = DEFAULT_SECCOMP_CONTAINER): string[] | null {
  const filter = compileSeccompProfile(profile, container);
  if (ALLOWING.has(filter.defaultAction)) return null;
  return [...new Set(filter.rules.filter((rule) => ALLOWING.has(rule.action)).map((rule) => rule.syscall))].sort();
}

/** The web server of the "smallest profile" challenge: a static Go binary, no libc fallbacks to reason about. */
export const CHALLENGE_WEB_SERVER = GO_HTTP_SERVER_TRACE;

/** The reference answer: allow exactly what `strace` shows the server calling, deny the rest. */
export const REFERENCE_WEB_SERVER_PROFILE: SeccompProfile = {
  defaultAction: 'SCMP_ACT_ERRNO',
  defaultErrnoRet: 1,
  syscalls: [{ names: [...new Set(CHALLENGE_WEB_SERVER.calls.map((call) => call.name))], action: 'SCMP_ACT_ALLOW' }],
};

export type SmallestServerGrade = {
  passed: boolean;
  defaultDenies: boolean;
  serverRuns: boolean;
  /** null when the default action allows everything. */
  allowedCount: number | null;
  referenceCount: number;
  beatsReference: boolean;
};

/** Challenge 1, graded with Docker's default capabilities: deny by default, the server runs, no more allowed calls than the reference. */
export function gradeSmallestWebServer(profile: SeccompProfile): SmallestServerGrade {
  const container = DEFAULT_SECCOMP_CONTAINER;
  const allowed = allowedSyscalls(profile, container);
  const referenceCount = allowedSyscalls(REFERENCE_WEB_SERVER_PROFILE, container)!.length;
  const serverRuns = evaluateTrace(profile, CHALLENGE_WEB_SERVER.calls, container).outcome.kind === 'completed';
  const allowedCount = allowed?.length ?? null;
  const small = allowedCount !== null && allowedCount <= referenceCount;
  return {
    passed: allowed !== null && serverRuns && small,
    defaultDenies: allowed !== null,
    serverRuns,
    allowedCount,
    referenceCount,
    beatsReference: serverRuns && allowedCount !== null && allowedCount < referenceCount,
  };
}

export type MkdirGrade = { passed: boolean; mkdirEperm: boolean; othersRun: boolean };

/** Programs that must keep working while mkdir is refused. */
export const MKDIR_CHALLENGE_KEEPS_RUNNING: readonly SyscallTrace[] = [LS_TRACE, NODE_HTTP_SERVER_TRACE, GO_HTTP_SERVER_TRACE];

/** Challenge 2, graded with Docker's default capabilities: mkdir fails with EPERM at mkdir(2); ls and both servers complete. */
export function gradeMkdirEperm(profile: SeccompProfile): MkdirGrade {
  const container = DEFAULT_SECCOMP_CONTAINER;
  const mkdir = evaluateTrace(profile, MKDIR_TRACE.calls, container).outcome;
  const mkdirEperm = mkdir.kind === 'failed' && mkdir.syscall === 'mkdir' && mkdir.errno === 1;
  const othersRun = MKDIR_CHALLENGE_KEEPS_RUNNING.every((trace) => evaluateTrace(profile, trace.calls, container).outcome.kind === 'completed');
  return { passed: mkdirEperm && othersRun, mkdirEperm, othersRun };
}

export const LAB_CHALLENGE_IDS = ['smallest-web-server', 'mkdir-eperm'] as const;
export type LabChallengeId = (typeof LAB_CHALLENGE_IDS)[number];
