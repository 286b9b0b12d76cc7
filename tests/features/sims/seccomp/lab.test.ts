import { describe, expect, it } from 'vitest';
import schema from '../../../../src/features/sims/seccomp/model/data/seccomp-profile.schema.json' with { type: 'json' };
import { DOCKER_DEFAULT_SECCOMP_PROFILE } from '../../../../src/features/sims/seccomp/model/docker-default.ts';
import {
  LAB_PRESETS,
  REFERENCE_WEB_SERVER_PROFILE,
  allowedSyscalls,
  callsWithVerdicts,
  gradeMkdirEperm,
  gradeSmallestWebServer,
  labContainer,
  parseProfile,
  presetText,
  runTraces,
  summarizeRun,
} from '../../../../src/features/sims/seccomp/model/lab.ts';
import { SECCOMP_ACTIONS, SECCOMP_ARCHITECTURES, SECCOMP_OPERATORS, type SeccompProfile } from '../../../../src/features/sims/seccomp/model/profile.ts';
import { GO_HTTP_SERVER_TRACE, LS_TRACE, MKDIR_TRACE, SECCOMP_TRACES, UNSHARE_USER_TRACE } from '../../../../src/features/sims/seccomp/model/traces.ts';

// Semantics: seccomp(2) actions, Docker's includes/excludes (moby profiles/seccomp/seccomp_linux.go) and runc's
// "a rule with the default action is skipped" (libcontainer/seccomp) — the model in src/features/sims/seccomp/model/evaluate.ts.

const goCalls = [...new Set(GO_HTTP_SERVER_TRACE.calls.map((call) => call.name))];
const allowOnly = (names: string[], extra: SeccompProfile['syscalls'] = []): SeccompProfile => ({
  defaultAction: 'SCMP_ACT_ERRNO',
  syscalls: [{ names, action: 'SCMP_ACT_ALLOW' }, ...(extra ?? [])],
});

describe('presets', () => {
  it('are valid profiles whose text round-trips', () => {
    for (const [id, profile] of Object.entries(LAB_PRESETS)) {
      const parsed = parseProfile(presetText(id as keyof typeof LAB_PRESETS));
      expect(parsed.errors, id).toEqual([]);
      expect(parsed.profile, id).toEqual(profile);
    }
  });

  it('behave as named: the allow-list runs ls only, deny-all stops every program at execve, allow-all runs all', () => {
    const outcomes = (profile: SeccompProfile) => runTraces(profile, labContainer()).map((run) => run.evaluation.outcome.kind);
    expect(outcomes(LAB_PRESETS['allow-list'])).toEqual(['completed', 'failed', 'failed', 'failed', 'failed', 'failed', 'failed', 'failed']);
    expect(outcomes(LAB_PRESETS['allow-all']).every((kind) => kind === 'completed')).toBe(true);
    for (const run of runTraces(LAB_PRESETS['deny-all'], labContainer())) {
      expect(run.evaluation.outcome).toEqual({ kind: 'failed', atCall: 0, syscall: 'execve', errno: 1, errnoName: 'EPERM' });
    }
    expect(LAB_PRESETS['docker-default']).toBe(DOCKER_DEFAULT_SECCOMP_PROFILE);
  });
});

describe('parseProfile', () => {
  it('returns the validator errors and no profile for broken text, never throwing', () => {
    expect(parseProfile('{"defaultAction": ')).toMatchObject({ profile: null });
    expect(parseProfile('{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{"names": ["read"], "action": "ALLOW"}]}')).toEqual({
      profile: null,
      errors: [{ code: 'unknown-action', path: 'syscalls[0].action', params: { value: '"ALLOW"' } }],
      warnings: [],
    });
  });
});

describe('capabilities', () => {
  it("adds capabilities to Docker's 14 once, opening the CAP_SYS_ADMIN block of Docker's profile", () => {
    expect(labContainer(['CAP_SYS_ADMIN', 'CAP_CHOWN']).capabilities).toHaveLength(15);
    const unshare = (caps: string[]) => runTraces(DOCKER_DEFAULT_SECCOMP_PROFILE, labContainer(caps), [UNSHARE_USER_TRACE])[0].evaluation.outcome.kind;
    expect([unshare([]), unshare(['CAP_SYS_ADMIN'])]).toEqual(['failed', 'completed']);
  });
});

describe('summaries', () => {
  it('count allowed calls, tolerated failures and calls never reached', () => {
    // Docker's default: clone3 fails with ENOSYS and node carries on with clone.
    const [node] = runTraces(DOCKER_DEFAULT_SECCOMP_PROFILE, labContainer(), [SECCOMP_TRACES[2]]);
    expect(summarizeRun(node)).toMatchObject({ program: 'node', outcome: { kind: 'completed' }, total: 32, allowed: 31, deniedSurvived: 1, notReached: 0 });
    // The allow-list: mkdir(2) is the 16th call; close and exit_group are never reached.
    const [mkdir] = runTraces(LAB_PRESETS['allow-list'], labContainer(), [MKDIR_TRACE]);
    expect(summarizeRun(mkdir)).toEqual({
      program: 'mkdir',
      command: MKDIR_TRACE.command,
      outcome: { kind: 'failed', atCall: 15, syscall: 'mkdir', errno: 1, errnoName: 'EPERM' },
      total: 18,
      allowed: 15,
      deniedSurvived: 0,
      notReached: 2,
    });
    const rows = callsWithVerdicts(mkdir);
    expect(rows).toHaveLength(18);
    expect(rows[15].result?.verdict).toEqual({ kind: 'denied', action: 'ERRNO', errno: 1, errnoName: 'EPERM' });
    expect(rows[16].result).toBeNull();
  });
});

describe('allowedSyscalls', () => {
  it('counts distinct names of allowing rules (ALLOW, LOG) that Docker keeps for the container', () => {
    const profile: SeccompProfile = {
      defaultAction: 'SCMP_ACT_KILL_PROCESS',
      syscalls: [
        { names: ['read', 'write'], action: 'SCMP_ACT_ALLOW' },
        { names: ['write', 'getpid'], action: 'SCMP_ACT_LOG' },
        { names: ['mkdir'], action: 'SCMP_ACT_ERRNO' },
        { names: ['clone'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0x10000000, op: 'SCMP_CMP_MASKED_EQ', valueTwo: 0 }] },
        { names: ['mount'], action: 'SCMP_ACT_ALLOW', includes: { caps: ['CAP_SYS_ADMIN'] } },
      ],
    };
    expect(allowedSyscalls(profile)).toEqual(['clone', 'getpid', 'read', 'write']);
    expect(allowedSyscalls(profile, labContainer(['CAP_SYS_ADMIN']))).toEqual(['clone', 'getpid', 'mount', 'read', 'write']);
    expect(allowedSyscalls({ defaultAction: 'SCMP_ACT_LOG' })).toBeNull();
    expect(allowedSyscalls({ defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['reboot'], action: 'SCMP_ACT_ERRNO' }] })).toBeNull();
  });
});

describe('challenge: the smallest profile that runs the web server', () => {
  it('has a reference that allows exactly the 22 distinct calls the Go server makes', () => {
    expect(goCalls).toHaveLength(22);
    expect(gradeSmallestWebServer(REFERENCE_WEB_SERVER_PROFILE)).toEqual({
      passed: true,
      defaultDenies: true,
      serverRuns: true,
      allowedCount: 22,
      referenceCount: 22,
      beatsReference: false,
    });
  });

  it('beats the reference without openat: the runtime shrugs off its failure (transparent_hugepage probe)', () => {
    expect(gradeSmallestWebServer(allowOnly(goCalls.filter((name) => name !== 'openat')))).toMatchObject({
      passed: true,
      allowedCount: 21,
      beatsReference: true,
    });
  });

  it('fails when the server stops, when the default allows, or when more calls are allowed than the reference', () => {
    expect(gradeSmallestWebServer(allowOnly(goCalls.filter((name) => name !== 'bind')))).toMatchObject({ passed: false, serverRuns: false, beatsReference: false });
    expect(gradeSmallestWebServer({ defaultAction: 'SCMP_ACT_ALLOW' })).toMatchObject({ passed: false, defaultDenies: false, allowedCount: null });
    expect(gradeSmallestWebServer(DOCKER_DEFAULT_SECCOMP_PROFILE)).toMatchObject({ passed: false, serverRuns: true, defaultDenies: true });
    expect(gradeSmallestWebServer(allowOnly([...goCalls, 'mkdir']))).toMatchObject({ passed: false, allowedCount: 23 });
    // A KILL default is a deny too.
    expect(gradeSmallestWebServer({ ...allowOnly(goCalls), defaultAction: 'SCMP_ACT_KILL_PROCESS' }).passed).toBe(true);
  });
});

describe('challenge: mkdir fails with EPERM, ls and the servers still work', () => {
  const withoutMkdir = (): SeccompProfile => {
    const copy = structuredClone(DOCKER_DEFAULT_SECCOMP_PROFILE);
    copy.syscalls![0].names = copy.syscalls![0].names!.filter((name) => name !== 'mkdir');
    return copy;
  };

  it("passes when mkdir leaves Docker's allow-list", () => {
    expect(gradeMkdirEperm(withoutMkdir())).toEqual({ passed: true, mkdirEperm: true, othersRun: true });
  });

  it("fails with an ERRNO rule that repeats the default action: runc skips it and Docker's ALLOW wins", () => {
    const profile = structuredClone(DOCKER_DEFAULT_SECCOMP_PROFILE);
    profile.syscalls!.push({ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' });
    expect(gradeMkdirEperm(profile)).toEqual({ passed: false, mkdirEperm: false, othersRun: true });
  });

  it('fails with the wrong errno, with a kill, or when ls stops too', () => {
    const eacces = withoutMkdir();
    eacces.syscalls!.push({ names: ['mkdir'], action: 'SCMP_ACT_ERRNO', errnoRet: 13 });
    expect(gradeMkdirEperm(eacces).mkdirEperm).toBe(false);
    const killed = withoutMkdir();
    killed.syscalls!.push({ names: ['mkdir'], action: 'SCMP_ACT_KILL_PROCESS' });
    expect(gradeMkdirEperm(killed).mkdirEperm).toBe(false);
    const noGetdents = withoutMkdir();
    noGetdents.syscalls![0].names = noGetdents.syscalls![0].names!.filter((name) => name !== 'getdents64');
    expect(gradeMkdirEperm(noGetdents)).toEqual({ passed: false, mkdirEperm: true, othersRun: false });
    expect(gradeMkdirEperm(LAB_PRESETS['allow-list'])).toEqual({ passed: false, mkdirEperm: true, othersRun: false });
    expect(runTraces(withoutMkdir(), labContainer(), [LS_TRACE])[0].evaluation.outcome.kind).toBe('completed');
  });
});

describe('JSON schema (seccomp/model/data/seccomp-profile.schema.json)', () => {
  it('lists the same actions, operators and architectures as the model', () => {
    expect(schema.definitions.action.enum).toEqual([...SECCOMP_ACTIONS]);
    expect(schema.definitions.arg.properties.op.enum).toEqual([...SECCOMP_OPERATORS]);
    expect(schema.definitions.architecture.enum).toEqual([...SECCOMP_ARCHITECTURES]);
  });

  it("knows every key Docker's default profile uses", () => {
    const ruleKeys = new Set(DOCKER_DEFAULT_SECCOMP_PROFILE.syscalls!.flatMap((rule) => Object.keys(rule)));
    for (const key of Object.keys(DOCKER_DEFAULT_SECCOMP_PROFILE)) expect(Object.keys(schema.properties)).toContain(key);
    for (const key of ruleKeys) expect(Object.keys(schema.definitions.rule.properties)).toContain(key);
  });
});
