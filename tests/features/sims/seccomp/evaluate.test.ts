import { describe, expect, it } from 'vitest';
import { DOCKER_DEFAULT_SECCOMP_PROFILE as dockerDefault } from '../../../../src/features/sims/seccomp/model/docker-default.ts';
import { compileSeccompProfile, evaluateSyscall, evaluateTrace, kernelAtLeast, survivesError, type SyscallCall } from '../../../../src/features/sims/seccomp/model/evaluate.ts';
import {
  DEFAULT_SECCOMP_CONTAINER,
  type SeccompContainer,
  type SeccompOperator,
  type SeccompProfile,
  type SeccompRule,
} from '../../../../src/features/sims/seccomp/model/profile.ts';
import {
  ADDR_NO_RANDOMIZE,
  AF_UNIX,
  AF_VSOCK,
  CLONE_NEWUSER,
  FORK_CLONE_FLAGS,
  GO_HTTP_SERVER_TRACE,
  LS_TRACE,
  MKDIR_TRACE,
  MOUNT_TRACE,
  NODE_HTTP_SERVER_TRACE,
  PER_LINUX32,
  REBOOT_TRACE,
  SECCOMP_TRACES,
  STRACE_ATTACH_TRACE,
  UNSHARE_USER_TRACE,
} from '../../../../src/features/sims/seccomp/model/traces.ts';

// Docker's profile: moby profiles/seccomp/default.json (data/NOTICE-docker-seccomp.md).
// Rule filtering: moby profiles/seccomp/seccomp_linux.go setupSeccomp; rule loading: runc
// libcontainer/seccomp/seccomp_linux.go; actions and errno: https://man7.org/linux/man-pages/man2/seccomp.2.html
// Docker's own summary: https://docs.docker.com/engine/security/seccomp/

const withCaps = (...caps: string[]): SeccompContainer => ({
  ...DEFAULT_SECCOMP_CONTAINER,
  capabilities: [...DEFAULT_SECCOMP_CONTAINER.capabilities, ...caps],
});
const verdictOf = (profile: SeccompProfile, call: SyscallCall, container = DEFAULT_SECCOMP_CONTAINER) =>
  evaluateSyscall(compileSeccompProfile(profile, container), call).verdict;

// In the default traces, index 15 is the first call after execve + the 14 loader calls.
const FIRST_PROGRAM_CALL = 15;

describe("Docker's default seccomp profile (moby profiles/seccomp/default.json)", () => {
  it('lets ordinary programs run: ls, mkdir, a Node and a Go HTTP server', () => {
    for (const trace of [LS_TRACE, MKDIR_TRACE, NODE_HTTP_SERVER_TRACE, GO_HTTP_SERVER_TRACE]) {
      expect(evaluateTrace(dockerDefault, trace.calls, DEFAULT_SECCOMP_CONTAINER).outcome, trace.program).toEqual({ kind: 'completed' });
    }
  });

  it('answers clone3 with ENOSYS (errnoRet 38) so glibc falls back to clone, which passes the namespace-flag mask', () => {
    const { calls } = evaluateTrace(dockerDefault, NODE_HTTP_SERVER_TRACE.calls, DEFAULT_SECCOMP_CONTAINER);
    const byName = (name: string) => calls.find((c) => c.call.name === name)!;
    expect(byName('clone3').verdict).toEqual({ kind: 'denied', action: 'ERRNO', errno: 38, errnoName: 'ENOSYS' });
    expect(byName('clone3').profileRule).toBe(18);
    expect(byName('clone').verdict).toEqual({ kind: 'allowed', action: 'ALLOW' });
    expect(byName('clone').profileRule).toBe(16); // SCMP_CMP_MASKED_EQ 2114060288 (0x7E020000) == 0
  });

  it('denies reboot with EPERM unless the container has CAP_SYS_BOOT', () => {
    const denied = evaluateTrace(dockerDefault, REBOOT_TRACE.calls, DEFAULT_SECCOMP_CONTAINER);
    expect(denied.outcome).toEqual({ kind: 'failed', atCall: 2, syscall: 'reboot', errno: 1, errnoName: 'EPERM' });
    expect(evaluateTrace(dockerDefault, REBOOT_TRACE.calls, withCaps('CAP_SYS_BOOT')).outcome).toEqual({ kind: 'completed' });
  });

  it('allows unshare only with CAP_SYS_ADMIN: `unshare -U` fails with EPERM in a default container', () => {
    // unshare appears in the profile only in the block that `includes.caps: [CAP_SYS_ADMIN]`.
    expect(evaluateTrace(dockerDefault, UNSHARE_USER_TRACE.calls, DEFAULT_SECCOMP_CONTAINER).outcome).toEqual({
      kind: 'failed',
      atCall: FIRST_PROGRAM_CALL,
      syscall: 'unshare',
      errno: 1,
      errnoName: 'EPERM',
    });
    expect(evaluateTrace(dockerDefault, UNSHARE_USER_TRACE.calls, withCaps('CAP_SYS_ADMIN')).outcome).toEqual({ kind: 'completed' });
  });

  it('denies mount without CAP_SYS_ADMIN', () => {
    expect(evaluateTrace(dockerDefault, MOUNT_TRACE.calls, DEFAULT_SECCOMP_CONTAINER).outcome).toMatchObject({
      kind: 'failed',
      syscall: 'mount',
      errnoName: 'EPERM',
    });
    expect(evaluateTrace(dockerDefault, MOUNT_TRACE.calls, withCaps('CAP_SYS_ADMIN')).outcome).toEqual({ kind: 'completed' });
  });

  it('allows ptrace on kernels ≥ 4.8 (includes.minKernel), otherwise only with CAP_SYS_PTRACE', () => {
    const on = (kernelVersion: string, caps: string[] = []) =>
      evaluateTrace(dockerDefault, STRACE_ATTACH_TRACE.calls, { ...withCaps(...caps), kernelVersion }).outcome;
    expect(on('6.8.0-45-generic')).toEqual({ kind: 'completed' });
    expect(on('4.8')).toEqual({ kind: 'completed' });
    expect(on('4.4.0')).toEqual({ kind: 'failed', atCall: FIRST_PROGRAM_CALL, syscall: 'ptrace', errno: 1, errnoName: 'EPERM' });
    expect(on('4.4.0', ['CAP_SYS_PTRACE'])).toEqual({ kind: 'completed' });
  });

  it('compares arguments: clone namespace flags, personality values, socket AF_VSOCK', () => {
    expect(verdictOf(dockerDefault, { name: 'clone', args: [FORK_CLONE_FLAGS] }).kind).toBe('allowed');
    expect(verdictOf(dockerDefault, { name: 'clone', args: [CLONE_NEWUSER | 17] })).toMatchObject({ kind: 'denied', errnoName: 'EPERM' });
    expect(verdictOf(dockerDefault, { name: 'clone', args: [CLONE_NEWUSER | 17] }, withCaps('CAP_SYS_ADMIN')).kind).toBe('allowed');
    expect(verdictOf(dockerDefault, { name: 'personality', args: [PER_LINUX32] }).kind).toBe('allowed');
    // setarch -R: ADDR_NO_RANDOMIZE is not one of the five allowed values (0, 8, 131072, 131080, 0xffffffff).
    expect(verdictOf(dockerDefault, { name: 'personality', args: [ADDR_NO_RANDOMIZE] })).toMatchObject({ kind: 'denied', errno: 1 });
    expect(verdictOf(dockerDefault, { name: 'socket', args: [AF_UNIX, 1, 0] }).kind).toBe('allowed');
    expect(verdictOf(dockerDefault, { name: 'socket', args: [AF_VSOCK, 1, 0] })).toMatchObject({ kind: 'denied', errnoName: 'EPERM' });
  });

  it('keeps architecture-specific rules to their architecture (includes.arches uses Docker names: amd64, arm64…)', () => {
    expect(verdictOf(dockerDefault, { name: 'arch_prctl' }).kind).toBe('allowed');
    expect(verdictOf(dockerDefault, { name: 'arch_prctl' }, { ...DEFAULT_SECCOMP_CONTAINER, arch: 'arm64' }).kind).toBe('denied');
  });
});

describe('custom profiles: actions, precedence and argument operators', () => {
  const loader = ['execve', 'brk', 'arch_prctl', 'mmap', 'access', 'openat', 'newfstatat', 'read', 'mprotect', 'munmap'];
  const allowList: SeccompProfile = {
    defaultAction: 'SCMP_ACT_ERRNO',
    defaultErrnoRet: 13,
    syscalls: [
      { names: [...loader, 'set_tid_address', 'set_robust_list', 'rseq', 'prlimit64', 'close', 'exit_group'], action: 'SCMP_ACT_ALLOW' },
      { names: ['getrandom'], action: 'SCMP_ACT_LOG' },
      { names: ['mkdir'], action: 'SCMP_ACT_KILL_PROCESS' },
      { names: ['reboot'], action: 'SCMP_ACT_TRAP' },
      { names: ['ptrace'], action: 'SCMP_ACT_TRACE' },
      { names: ['sync'], action: 'SCMP_ACT_KILL' },
    ],
  };

  it('applies defaultErrnoRet to everything off the allow-list, logs LOG calls, kills on KILL_PROCESS', () => {
    const run = evaluateTrace(allowList, MKDIR_TRACE.calls, DEFAULT_SECCOMP_CONTAINER);
    expect(run.calls.find((c) => c.call.name === 'getrandom')!.verdict).toEqual({ kind: 'allowed', action: 'LOG' });
    expect(run.outcome).toEqual({ kind: 'killed', atCall: FIRST_PROGRAM_CALL, syscall: 'mkdir', signal: 'SIGSYS' });
    expect(verdictOf(allowList, { name: 'write' })).toEqual({ kind: 'denied', action: 'ERRNO', errno: 13, errnoName: 'EACCES' });
  });

  it('maps SCMP_ACT_KILL to KILL_THREAD (runc getAction), TRAP to SIGSYS, TRACE without a tracer to ENOSYS', () => {
    expect(verdictOf(allowList, { name: 'sync' })).toEqual({ kind: 'killed', action: 'KILL_THREAD', signal: 'SIGSYS' });
    expect(verdictOf(allowList, { name: 'reboot' })).toEqual({ kind: 'killed', action: 'TRAP', signal: 'SIGSYS' });
    expect(verdictOf(allowList, { name: 'ptrace' })).toEqual({ kind: 'denied', action: 'TRACE', errno: 38, errnoName: 'ENOSYS' });
    // reboot -f: execve is allowed, then sync is KILL → the program dies before reaching reboot.
    expect(evaluateTrace(allowList, REBOOT_TRACE.calls, DEFAULT_SECCOMP_CONTAINER).outcome).toEqual({
      kind: 'killed',
      atCall: 1,
      syscall: 'sync',
      signal: 'SIGSYS',
    });
  });

  it('lets an unconditional rule win over conditional rules for the same call (libseccomp)', () => {
    const profile: SeccompProfile = {
      defaultAction: 'SCMP_ACT_KILL_PROCESS',
      syscalls: [
        { names: ['write'], action: 'SCMP_ACT_ERRNO', errnoRet: 5, args: [{ index: 0, value: 2, op: 'SCMP_CMP_EQ' }] },
        { names: ['write'], action: 'SCMP_ACT_ALLOW' },
      ],
    };
    expect(verdictOf(profile, { name: 'write', args: [2] }).kind).toBe('allowed');
  });

  it('picks the highest-precedence action when two conditional rules match (ERRNO over ALLOW)', () => {
    const profile: SeccompProfile = {
      defaultAction: 'SCMP_ACT_KILL_PROCESS',
      syscalls: [
        { names: ['personality'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0, op: 'SCMP_CMP_GE' }] },
        { names: ['personality'], action: 'SCMP_ACT_ERRNO', args: [{ index: 0, value: 8, op: 'SCMP_CMP_EQ' }] },
      ],
    };
    expect(verdictOf(profile, { name: 'personality', args: [0] }).kind).toBe('allowed');
    expect(verdictOf(profile, { name: 'personality', args: [8] })).toMatchObject({ kind: 'denied', errno: 1 });
  });

  it('skips a rule whose action equals the default action (runc matchCall), so it cannot shadow other rules', () => {
    const profile: SeccompProfile = {
      defaultAction: 'SCMP_ACT_ERRNO',
      syscalls: [
        { names: ['personality'], action: 'SCMP_ACT_ERRNO' },
        { names: ['personality'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0, op: 'SCMP_CMP_EQ' }] },
      ],
    };
    expect(compileSeccompProfile(profile, DEFAULT_SECCOMP_CONTAINER).rules).toHaveLength(1);
    expect(verdictOf(profile, { name: 'personality', args: [0] }).kind).toBe('allowed');
  });

  it('ORs conditions that repeat an argument index, as runc does', () => {
    const profile: SeccompProfile = {
      defaultAction: 'SCMP_ACT_ERRNO',
      syscalls: [
        {
          names: ['personality'],
          action: 'SCMP_ACT_ALLOW',
          args: [
            { index: 0, value: 0, op: 'SCMP_CMP_EQ' },
            { index: 0, value: 8, op: 'SCMP_CMP_EQ' },
          ],
        },
      ],
    };
    expect(verdictOf(profile, { name: 'personality', args: [0] }).kind).toBe('allowed');
    expect(verdictOf(profile, { name: 'personality', args: [8] }).kind).toBe('allowed');
    expect(verdictOf(profile, { name: 'personality', args: [4] }).kind).toBe('denied');
  });

  it('implements every comparison operator on unsigned 64-bit values', () => {
    const check = (op: SeccompOperator, value: number, arg: number | bigint, valueTwo?: number) =>
      verdictOf(
        {
          defaultAction: 'SCMP_ACT_ERRNO',
          syscalls: [{ names: ['ioctl'], action: 'SCMP_ACT_ALLOW', args: [{ index: 1, value, valueTwo, op }] }],
        },
        { name: 'ioctl', args: [3, arg] },
      ).kind === 'allowed';
    expect([check('SCMP_CMP_NE', 5, 5), check('SCMP_CMP_NE', 5, 6)]).toEqual([false, true]);
    expect([check('SCMP_CMP_LT', 5, 4), check('SCMP_CMP_LT', 5, 5)]).toEqual([true, false]);
    expect([check('SCMP_CMP_LE', 5, 5), check('SCMP_CMP_LE', 5, 6)]).toEqual([true, false]);
    expect([check('SCMP_CMP_EQ', 5, 5), check('SCMP_CMP_EQ', 5, 4)]).toEqual([true, false]);
    expect([check('SCMP_CMP_GE', 5, 5), check('SCMP_CMP_GE', 5, 4)]).toEqual([true, false]);
    expect([check('SCMP_CMP_GT', 5, 6), check('SCMP_CMP_GT', 5, 5)]).toEqual([true, false]);
    // (arg & value) == valueTwo
    expect([check('SCMP_CMP_MASKED_EQ', 0xff, 0x110, 0x10), check('SCMP_CMP_MASKED_EQ', 0xff, 0x111, 0x10)]).toEqual([true, false]);
    // Values above 2^53 and 2^63 compare exactly (BigInt), as the kernel's u64 comparisons do.
    expect(check('SCMP_CMP_GT', 2 ** 53, 2n ** 63n)).toBe(true);
  });

  it('compares kernel versions numerically, like Docker minKernel', () => {
    expect(kernelAtLeast('4.10.0', '4.8')).toBe(true);
    expect(kernelAtLeast('4.8', '4.8')).toBe(true);
    expect(kernelAtLeast('4.4.0-210-generic', '4.8')).toBe(false);
    expect(kernelAtLeast('5.0', '4.8')).toBe(true);
  });
});

describe('clone3: which errors a glibc program survives', () => {
  // glibc ≥ 2.34 creates threads (pthread_create) with clone3 through __clone_internal
  // (sysdeps/unix/sysv/linux/clone-internal.c), which retries with clone only when clone3 fails with ENOSYS and
  // returns any other error to the caller. That is why Docker's profile answers clone3 with ENOSYS instead of EPERM
  // (moby PR #42681, errnoRet 38): EPERM would make every thread creation fail.
  const CLONE3_CALL = NODE_HTTP_SERVER_TRACE.calls.findIndex((call) => call.name === 'clone3');
  const CLONE3_RULE = 18;
  const dockerWithClone3 = (rule: Partial<SeccompRule>): SeccompProfile => {
    const copy = structuredClone(dockerDefault);
    copy.syscalls![CLONE3_RULE] = { ...copy.syscalls![CLONE3_RULE], ...rule };
    return copy;
  };
  const node = (profile: SeccompProfile) => evaluateTrace(profile, NODE_HTTP_SERVER_TRACE.calls, DEFAULT_SECCOMP_CONTAINER);

  it("glibc falls back to clone only on ENOSYS (sysdeps/unix/sysv/linux/clone-internal.c), so Docker's clone3 → ENOSYS (moby PR #42681) keeps Node running", () => {
    expect(dockerDefault.syscalls![CLONE3_RULE]).toMatchObject({ names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 });
    const run = node(dockerDefault);
    expect(run.outcome).toEqual({ kind: 'completed' });
    expect(run.calls[CLONE3_CALL].verdict).toMatchObject({ kind: 'denied', errnoName: 'ENOSYS' });
    expect(run.calls[CLONE3_CALL + 1].call.name).toBe('clone');
  });

  it('a profile that answers clone3 with EPERM makes the Node trace fail at clone3: glibc never tries clone', () => {
    const run = node(dockerWithClone3({ errnoRet: 1 }));
    expect(run.outcome).toEqual({ kind: 'failed', atCall: CLONE3_CALL, syscall: 'clone3', errno: 1, errnoName: 'EPERM' });
    expect(run.calls).toHaveLength(CLONE3_CALL + 1);
    // Same with an ERRNO rule that leaves errnoRet out (EPERM) or any other errno.
    expect(node(dockerWithClone3({ errnoRet: undefined })).outcome).toMatchObject({ kind: 'failed', syscall: 'clone3', errnoName: 'EPERM' });
    expect(node(dockerWithClone3({ errnoRet: 22 })).outcome).toMatchObject({ kind: 'failed', syscall: 'clone3', errnoName: 'EINVAL' });
    // A deny-by-default allow-list that forgets clone3 (default EPERM) stops Node there too, not at clone.
    const allowList: SeccompProfile = {
      defaultAction: 'SCMP_ACT_ERRNO',
      syscalls: [{ names: NODE_HTTP_SERVER_TRACE.calls.map((call) => call.name).filter((name) => name !== 'clone3'), action: 'SCMP_ACT_ALLOW' }],
    };
    expect(node(allowList).outcome).toMatchObject({ kind: 'failed', syscall: 'clone3', errnoName: 'EPERM' });
  });

  it('survives any way clone3 can end in ENOSYS: errnoRet 38, or TRACE/NOTIFY without a tracer or agent', () => {
    const allowAll = (action: 'SCMP_ACT_TRACE' | 'SCMP_ACT_NOTIFY' | 'SCMP_ACT_ERRNO', errnoRet?: number): SeccompProfile => ({
      defaultAction: 'SCMP_ACT_ALLOW',
      syscalls: [{ names: ['clone3'], action, errnoRet }],
    });
    expect(node(allowAll('SCMP_ACT_ERRNO', 38)).outcome).toEqual({ kind: 'completed' });
    expect(node(allowAll('SCMP_ACT_TRACE')).outcome).toEqual({ kind: 'completed' });
    expect(node(allowAll('SCMP_ACT_NOTIFY')).outcome).toEqual({ kind: 'completed' });
    expect(node(allowAll('SCMP_ACT_ERRNO')).outcome).toMatchObject({ kind: 'failed', syscall: 'clone3', errnoName: 'EPERM' });
  });

  it('marks every clone3 in the traces as surviving ENOSYS only, and never survives a SIGSYS kill', () => {
    const clone3Calls = SECCOMP_TRACES.flatMap((trace) => trace.calls.filter((call) => call.name === 'clone3'));
    expect(clone3Calls.length).toBeGreaterThan(0);
    for (const call of clone3Calls) expect(call.survives).toEqual(['ENOSYS']);
    expect(node(dockerWithClone3({ action: 'SCMP_ACT_KILL_PROCESS' })).outcome).toEqual({
      kind: 'killed',
      atCall: CLONE3_CALL,
      syscall: 'clone3',
      signal: 'SIGSYS',
    });
  });

  it('decides per call which errno values the program carries on after (survivesError)', () => {
    expect(survivesError({ name: 'clone3', survives: ['ENOSYS'] }, 'ENOSYS')).toBe(true);
    expect(survivesError({ name: 'clone3', survives: ['ENOSYS'] }, 'EPERM')).toBe(false);
    expect(survivesError({ name: 'ioctl', survives: 'any' }, 'EPERM')).toBe(true);
    expect(survivesError({ name: 'mkdir' }, 'ENOSYS')).toBe(false);
  });
});
