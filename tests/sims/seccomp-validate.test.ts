import { describe, expect, it } from 'vitest';
import { DOCKER_DEFAULT_SECCOMP_PROFILE } from '../../src/sims/docker-default-seccomp.ts';
import { validateSeccompProfile } from '../../src/sims/seccomp-validate.ts';

// What Docker (moby profiles/seccomp/seccomp_linux.go) and runc (libcontainer/seccomp) refuse.

describe('validateSeccompProfile', () => {
  it("accepts Docker's default profile without errors or warnings", () => {
    expect(validateSeccompProfile(DOCKER_DEFAULT_SECCOMP_PROFILE)).toEqual({ valid: true, errors: [], warnings: [] });
    expect(validateSeccompProfile(JSON.stringify(DOCKER_DEFAULT_SECCOMP_PROFILE)).valid).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, [], 'not json', '{"defaultAction":', { syscalls: 'x' }]) {
      expect(() => validateSeccompProfile(input)).not.toThrow();
      expect(validateSeccompProfile(input).valid).toBe(false);
    }
    expect(validateSeccompProfile('{').errors[0]).toMatch(/^not valid JSON/);
  });

  it('reports each problem with where it is', () => {
    const result = validateSeccompProfile({
      defaultAction: 'SCMP_ACT_DENY',
      defaultErrnoRet: -1,
      architectures: ['SCMP_ARCH_X86_64', 'SCMP_ARCH_Z80'],
      archMap: [],
      syscalls: [
        { names: [], action: 'SCMP_ACT_ALLOW' },
        { name: 'read', names: ['write'], action: 'SCMP_ACT_ALLOW' },
        { names: ['socket'], action: 'SCMP_ACT_ALLOW', args: [{ index: 6, value: -40, op: 'SCMP_CMP_NOT' }] },
        { names: ['ptrace'], action: 'SCMP_ACT_ALLOW', includes: { minKernel: 'four', caps: ['SYS_PTRACE'] } },
        { action: 'SCMP_ACT_ERRNO', errnoRet: 'EPERM' },
      ],
    });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      'defaultAction: unknown action "SCMP_ACT_DENY"',
      'defaultErrnoRet must be an errno number between 0 and 4095',
      "use either 'architectures' or 'archMap', not both",
      'architectures: unknown architecture SCMP_ARCH_Z80',
      'syscalls[0].names: must be a non-empty list of system call names',
      "syscalls[1]: use either 'name' or 'names', not both",
      'syscalls[2].args[0].index: must be 0–5 (system calls take at most six arguments)',
      'syscalls[2].args[0].value: must be an unsigned 64-bit integer',
      'syscalls[2].args[0].op: unknown operator "SCMP_CMP_NOT"',
      'syscalls[3].includes.caps: must list capability names such as CAP_SYS_ADMIN',
      'syscalls[3].includes.minKernel: must look like "4.8"',
      "syscalls[4]: needs 'names' (the system calls it applies to)",
      'syscalls[4].errnoRet: must be an errno number between 0 and 4095',
    ]);
  });

  it('requires defaultAction and warns when an argument is compared twice (runc ORs such conditions)', () => {
    expect(validateSeccompProfile({ syscalls: [] }).errors).toEqual(['defaultAction is missing']);
    const twice = validateSeccompProfile({
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
    });
    expect(twice.valid).toBe(true);
    expect(twice.warnings).toEqual([
      'syscalls[0].args[1]: argument 0 is compared twice; runc then ORs the conditions instead of ANDing them',
    ]);
  });
});
