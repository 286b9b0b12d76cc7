// Checks a seccomp profile before anyone loads it and reports every problem it finds, in plain
// words. Never throws. Rules follow what Docker (moby profiles/seccomp/seccomp_linux.go) and
// runc (libcontainer/seccomp) reject: unknown actions/operators/architectures, both `name` and
// `names`, both `architectures` and `archMap`, argument indexes outside 0–5.

import { SECCOMP_ACTIONS, SECCOMP_ARCHITECTURES, SECCOMP_OPERATORS } from './seccomp-profile.ts';

export type SeccompValidation = { valid: boolean; errors: string[]; warnings: string[] };

const MAX_U64 = (1n << 64n) - 1n;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
const isErrno = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4095;
const isU64 = (value: unknown) => Number.isInteger(value) && BigInt(value as number) >= 0n && BigInt(value as number) <= MAX_U64;
const oneOf = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);

export function validateSeccompProfile(input: unknown): SeccompValidation {
  const errors: string[] = [];
  const warnings: string[] = [];
  let profile = input;
  if (typeof input === 'string') {
    try {
      profile = JSON.parse(input);
    } catch (error) {
      return { valid: false, errors: [`not valid JSON: ${(error as Error).message}`], warnings };
    }
  }
  if (!isObject(profile)) return { valid: false, errors: ['the profile must be a JSON object'], warnings };

  if (profile.defaultAction === undefined) errors.push('defaultAction is missing');
  else if (!oneOf(SECCOMP_ACTIONS, profile.defaultAction)) errors.push(`defaultAction: unknown action ${JSON.stringify(profile.defaultAction)}`);
  if (profile.defaultErrnoRet !== undefined && !isErrno(profile.defaultErrnoRet)) {
    errors.push('defaultErrnoRet must be an errno number between 0 and 4095');
  }
  checkArchitectures(profile, errors);

  const syscalls = profile.syscalls;
  if (syscalls !== undefined && syscalls !== null && !Array.isArray(syscalls)) errors.push('syscalls must be an array');
  if (Array.isArray(syscalls)) syscalls.forEach((rule, index) => checkRule(rule, `syscalls[${index}]`, errors, warnings));
  return { valid: errors.length === 0, errors, warnings };
}

function checkArchitectures(profile: Json, errors: string[]) {
  const { architectures, archMap } = profile;
  if (architectures !== undefined && archMap !== undefined) {
    errors.push("use either 'architectures' or 'archMap', not both");
  }
  if (architectures !== undefined) {
    if (!isStringList(architectures)) errors.push('architectures must be a list of SCMP_ARCH_* names');
    else for (const arch of architectures) if (!oneOf(SECCOMP_ARCHITECTURES, arch)) errors.push(`architectures: unknown architecture ${arch}`);
  }
  if (archMap !== undefined) {
    if (!Array.isArray(archMap)) {
      errors.push('archMap must be an array');
      return;
    }
    archMap.forEach((entry, index) => {
      const where = `archMap[${index}]`;
      if (!isObject(entry) || !oneOf(SECCOMP_ARCHITECTURES, entry.architecture)) errors.push(`${where}: unknown architecture`);
      else if (entry.subArchitectures !== null && entry.subArchitectures !== undefined) {
        const subs = entry.subArchitectures;
        if (!isStringList(subs) || subs.some((sub) => !oneOf(SECCOMP_ARCHITECTURES, sub))) {
          errors.push(`${where}.subArchitectures: must list SCMP_ARCH_* names`);
        }
      }
    });
  }
}

function checkRule(rule: unknown, where: string, errors: string[], warnings: string[]) {
  if (!isObject(rule)) {
    errors.push(`${where}: must be an object`);
    return;
  }
  const hasName = rule.name !== undefined;
  const hasNames = rule.names !== undefined;
  if (hasName && hasNames) errors.push(`${where}: use either 'name' or 'names', not both`);
  else if (hasNames && (!isStringList(rule.names) || rule.names.length === 0)) {
    errors.push(`${where}.names: must be a non-empty list of system call names`);
  } else if (hasName && (typeof rule.name !== 'string' || rule.name === '')) errors.push(`${where}.name: must be a system call name`);
  else if (!hasName && !hasNames) errors.push(`${where}: needs 'names' (the system calls it applies to)`);

  if (!oneOf(SECCOMP_ACTIONS, rule.action)) errors.push(`${where}.action: unknown action ${JSON.stringify(rule.action)}`);
  if (rule.errnoRet !== undefined && !isErrno(rule.errnoRet)) errors.push(`${where}.errnoRet: must be an errno number between 0 and 4095`);

  if (rule.args !== undefined && rule.args !== null) {
    if (!Array.isArray(rule.args)) errors.push(`${where}.args: must be an array`);
    else checkArgs(rule.args, where, errors, warnings);
  }
  for (const key of ['includes', 'excludes'] as const) {
    const filter = rule[key];
    if (filter === undefined) continue;
    if (!isObject(filter)) {
      errors.push(`${where}.${key}: must be an object`);
      continue;
    }
    if (filter.caps != null && (!isStringList(filter.caps) || filter.caps.some((cap) => !cap.startsWith('CAP_')))) {
      errors.push(`${where}.${key}.caps: must list capability names such as CAP_SYS_ADMIN`);
    }
    if (filter.arches != null && !isStringList(filter.arches)) errors.push(`${where}.${key}.arches: must list architectures such as amd64`);
    if (filter.minKernel !== undefined && !(typeof filter.minKernel === 'string' && /^\d+\.\d+(\.\d+)?$/.test(filter.minKernel))) {
      errors.push(`${where}.${key}.minKernel: must look like "4.8"`);
    }
  }
}

function checkArgs(args: unknown[], where: string, errors: string[], warnings: string[]) {
  const seen = new Set<number>();
  args.forEach((arg, index) => {
    const at = `${where}.args[${index}]`;
    if (!isObject(arg)) {
      errors.push(`${at}: must be an object`);
      return;
    }
    if (!Number.isInteger(arg.index) || (arg.index as number) < 0 || (arg.index as number) > 5) {
      errors.push(`${at}.index: must be 0–5 (system calls take at most six arguments)`);
    } else if (seen.has(arg.index as number)) {
      warnings.push(`${at}: argument ${arg.index} is compared twice; runc then ORs the conditions instead of ANDing them`);
    } else seen.add(arg.index as number);
    if (!isU64(arg.value)) errors.push(`${at}.value: must be an unsigned 64-bit integer`);
    if (arg.valueTwo !== undefined && !isU64(arg.valueTwo)) errors.push(`${at}.valueTwo: must be an unsigned 64-bit integer`);
    if (!oneOf(SECCOMP_OPERATORS, arg.op)) errors.push(`${at}.op: unknown operator ${JSON.stringify(arg.op)}`);
  });
}
