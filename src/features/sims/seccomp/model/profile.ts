// The shape of a Docker / OCI seccomp profile (moby profiles/seccomp/seccomp.go types, OCI
// runtime-spec config-linux.md "Seccomp"), plus the names the evaluator and validator share.

export const SECCOMP_ACTIONS = [
  'SCMP_ACT_KILL',
  'SCMP_ACT_KILL_THREAD',
  'SCMP_ACT_KILL_PROCESS',
  'SCMP_ACT_TRAP',
  'SCMP_ACT_ERRNO',
  'SCMP_ACT_TRACE',
  'SCMP_ACT_ALLOW',
  'SCMP_ACT_LOG',
  'SCMP_ACT_NOTIFY',
] as const;
export type SeccompAction = (typeof SECCOMP_ACTIONS)[number];

export const SECCOMP_OPERATORS = [
  'SCMP_CMP_NE',
  'SCMP_CMP_LT',
  'SCMP_CMP_LE',
  'SCMP_CMP_EQ',
  'SCMP_CMP_GE',
  'SCMP_CMP_GT',
  'SCMP_CMP_MASKED_EQ',
] as const;
export type SeccompOperator = (typeof SECCOMP_OPERATORS)[number];

export const SECCOMP_ARCHITECTURES = [
  'SCMP_ARCH_X86',
  'SCMP_ARCH_X86_64',
  'SCMP_ARCH_X32',
  'SCMP_ARCH_ARM',
  'SCMP_ARCH_AARCH64',
  'SCMP_ARCH_MIPS',
  'SCMP_ARCH_MIPS64',
  'SCMP_ARCH_MIPS64N32',
  'SCMP_ARCH_MIPSEL',
  'SCMP_ARCH_MIPSEL64',
  'SCMP_ARCH_MIPSEL64N32',
  'SCMP_ARCH_PPC',
  'SCMP_ARCH_PPC64',
  'SCMP_ARCH_PPC64LE',
  'SCMP_ARCH_S390',
  'SCMP_ARCH_S390X',
  'SCMP_ARCH_PARISC',
  'SCMP_ARCH_PARISC64',
  'SCMP_ARCH_RISCV64',
] as const;

export type SeccompArg = { index: number; value: number; valueTwo?: number; op: SeccompOperator };

/** Docker-only conditions on a rule (moby profiles/seccomp/seccomp_linux.go setupSeccomp). */
export type SeccompRuleFilter = { caps?: string[] | null; arches?: string[] | null; minKernel?: string };

export type SeccompRule = {
  names?: string[];
  name?: string;
  action: SeccompAction;
  errnoRet?: number;
  args?: SeccompArg[] | null;
  includes?: SeccompRuleFilter;
  excludes?: SeccompRuleFilter;
  comment?: string;
};

export type SeccompProfile = {
  defaultAction: SeccompAction;
  defaultErrnoRet?: number;
  architectures?: string[];
  archMap?: { architecture: string; subArchitectures: string[] | null }[];
  syscalls?: SeccompRule[] | null;
};

/**
 * Docker's default capability set (moby oci/caps/defaults.go DefaultCapabilities); Docker
 * checks `includes.caps` / `excludes.caps` against the container's bounding set.
 */
export const DOCKER_DEFAULT_CAPABILITIES: readonly string[] = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
];

/** What the profile is applied to. `arch` uses Docker's names for includes/excludes ("amd64", "arm64"…). */
export type SeccompContainer = {
  capabilities: readonly string[];
  arch: string;
  /** e.g. "6.8" or "6.8.0-45-generic"; compared with `minKernel` as major.minor.patch. */
  kernelVersion: string;
};

export const DEFAULT_SECCOMP_CONTAINER: SeccompContainer = {
  capabilities: DOCKER_DEFAULT_CAPABILITIES,
  arch: 'amd64',
  kernelVersion: '6.8',
};
