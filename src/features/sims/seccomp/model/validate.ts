// Checks a seccomp profile before anyone loads it and reports every problem it finds. Never throws.
// Rules follow what Docker (moby profiles/seccomp/seccomp_linux.go) and runc (libcontainer/seccomp)
// reject: unknown actions/operators/architectures, both `name` and `names`, both `architectures`
// and `archMap`, argument indexes outside 0–5.
//
// Problems are data, not sentences: `{ code, path, params }`. The words live in the translation
// files under `seccompLab.problem.<code>` (placeholders: `{path}` plus the problem's params), so
// the lab shows them in the page's language; problemText (describe-run.ts) renders
// one through t().

import { SECCOMP_ACTIONS, SECCOMP_ARCHITECTURES, SECCOMP_OPERATORS } from './profile.ts';

/** Every problem the validator can report, with the params its message uses (besides `path`). */
export const SECCOMP_PROBLEM_PARAMS = {
  'not-json': ['detail'],
  'profile-not-object': [],
  'not-object': [],
  'not-array': [],
  'missing-default-action': [],
  'missing-action': [],
  'unknown-action': ['value'],
  'bad-errno': [],
  'architectures-and-archmap': [],
  'bad-architectures': [],
  'unknown-architecture': ['value'],
  'bad-sub-architectures': [],
  'name-and-names': [],
  'empty-names': [],
  'bad-name': [],
  'missing-names': [],
  'bad-caps': [],
  'bad-arches': [],
  'bad-min-kernel': [],
  'bad-arg-index': [],
  'repeated-arg-index': ['index'],
  'not-u64': [],
  'unknown-operator': ['value'],
} as const satisfies Record<string, readonly string[]>;

export type SeccompProblemCode = keyof typeof SECCOMP_PROBLEM_PARAMS;
export const SECCOMP_PROBLEM_CODES = Object.keys(SECCOMP_PROBLEM_PARAMS) as SeccompProblemCode[];

/** One thing wrong with a profile. `path` points into the JSON ("syscalls[3].action"); "" is the whole document. */
export type SeccompProblem = { code: SeccompProblemCode; path: string; params: Record<string, string | number> };

/** The translation key of a problem's message (en.json, pt-br.json); the lab ships every `seccompLab.*` string. */
export const seccompProblemKey = (code: SeccompProblemCode) => `seccompLab.problem.${code}` as const;

/** A problem's placeholder values: its params plus `{path}`. */
export const seccompProblemVars = (p: SeccompProblem): Record<string, string | number> => ({ ...p.params, path: p.path });

export type SeccompValidation = { valid: boolean; errors: SeccompProblem[]; warnings: SeccompProblem[] };

const MAX_U64 = (1n << 64n) - 1n;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
const isErrno = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4095;
const isU64 = (value: unknown) => Number.isInteger(value) && BigInt(value as number) >= 0n && BigInt(value as number) <= MAX_U64;
const oneOf = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);
/** The offending value as the learner wrote it, in JSON. */
const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

const problem = (code: SeccompProblemCode, path: string, params: SeccompProblem['params'] = {}): SeccompProblem => ({ code, path, params });

export function validateSeccompProfile(input: unknown): SeccompValidation {
  const errors: SeccompProblem[] = [];
  const warnings: SeccompProblem[] = [];
  let profile = input;
  if (typeof input === 'string') {
    try {
      profile = JSON.parse(input);
    } catch (error) {
      return { valid: false, errors: [problem('not-json', '', { detail: (error as Error).message })], warnings };
    }
  }
  if (!isObject(profile)) return { valid: false, errors: [problem('profile-not-object', '')], warnings };

  if (profile.defaultAction === undefined) errors.push(problem('missing-default-action', 'defaultAction'));
  else if (!oneOf(SECCOMP_ACTIONS, profile.defaultAction)) {
    errors.push(problem('unknown-action', 'defaultAction', { value: shown(profile.defaultAction) }));
  }
  if (profile.defaultErrnoRet !== undefined && !isErrno(profile.defaultErrnoRet)) errors.push(problem('bad-errno', 'defaultErrnoRet'));
  checkArchitectures(profile, errors);

  const syscalls = profile.syscalls;
  if (syscalls !== undefined && syscalls !== null && !Array.isArray(syscalls)) errors.push(problem('not-array', 'syscalls'));
  if (Array.isArray(syscalls)) syscalls.forEach((rule, index) => checkRule(rule, `syscalls[${index}]`, errors, warnings));
  return { valid: errors.length === 0, errors, warnings };
}

function checkArchitectures(profile: Json, errors: SeccompProblem[]) {
  const { architectures, archMap } = profile;
  if (architectures !== undefined && archMap !== undefined) errors.push(problem('architectures-and-archmap', ''));
  if (architectures !== undefined) {
    if (!isStringList(architectures)) errors.push(problem('bad-architectures', 'architectures'));
    else {
      architectures.forEach((arch, index) => {
        if (!oneOf(SECCOMP_ARCHITECTURES, arch)) errors.push(problem('unknown-architecture', `architectures[${index}]`, { value: shown(arch) }));
      });
    }
  }
  if (archMap !== undefined) {
    if (!Array.isArray(archMap)) {
      errors.push(problem('not-array', 'archMap'));
      return;
    }
    archMap.forEach((entry, index) => {
      const where = `archMap[${index}]`;
      if (!isObject(entry)) errors.push(problem('not-object', where));
      else if (!oneOf(SECCOMP_ARCHITECTURES, entry.architecture)) {
        errors.push(problem('unknown-architecture', `${where}.architecture`, { value: shown(entry.architecture) }));
      } else if (entry.subArchitectures !== null && entry.subArchitectures !== undefined) {
        const subs = entry.subArchitectures;
        if (!isStringList(subs) || subs.some((sub) => !oneOf(SECCOMP_ARCHITECTURES, sub))) {
          errors.push(problem('bad-sub-architectures', `${where}.subArchitectures`));
        }
      }
    });
  }
}

function checkRule(rule: unknown, where: string, errors: SeccompProblem[], warnings: SeccompProblem[]) {
  if (!isObject(rule)) {
    errors.push(problem('not-object', where));
    return;
  }
  const hasName = rule.name !== undefined;
  const hasNames = rule.names !== undefined;
  if (hasName && hasNames) errors.push(problem('name-and-names', where));
  else if (hasNames && (!isStringList(rule.names) || rule.names.length === 0)) errors.push(problem('empty-names', `${where}.names`));
  else if (hasName && (typeof rule.name !== 'string' || rule.name === '')) errors.push(problem('bad-name', `${where}.name`));
  else if (!hasName && !hasNames) errors.push(problem('missing-names', where));

  if (rule.action === undefined) errors.push(problem('missing-action', `${where}.action`));
  else if (!oneOf(SECCOMP_ACTIONS, rule.action)) errors.push(problem('unknown-action', `${where}.action`, { value: shown(rule.action) }));
  if (rule.errnoRet !== undefined && !isErrno(rule.errnoRet)) errors.push(problem('bad-errno', `${where}.errnoRet`));

  if (rule.args !== undefined && rule.args !== null) {
    if (!Array.isArray(rule.args)) errors.push(problem('not-array', `${where}.args`));
    else checkArgs(rule.args, where, errors, warnings);
  }
  for (const key of ['includes', 'excludes'] as const) {
    const filter = rule[key];
    if (filter === undefined) continue;
    const at = `${where}.${key}`;
    if (!isObject(filter)) {
      errors.push(problem('not-object', at));
      continue;
    }
    if (filter.caps != null && (!isStringList(filter.caps) || filter.caps.some((cap) => !cap.startsWith('CAP_')))) {
      errors.push(problem('bad-caps', `${at}.caps`));
    }
    if (filter.arches != null && !isStringList(filter.arches)) errors.push(problem('bad-arches', `${at}.arches`));
    if (filter.minKernel !== undefined && !(typeof filter.minKernel === 'string' && /^\d+\.\d+(\.\d+)?$/.test(filter.minKernel))) {
      errors.push(problem('bad-min-kernel', `${at}.minKernel`));
    }
  }
}

function checkArgs(args: unknown[], where: string, errors: SeccompProblem[], warnings: SeccompProblem[]) {
  const seen = new Set<number>();
  args.forEach((arg, index) => {
    const at = `${where}.args[${index}]`;
    if (!isObject(arg)) {
      errors.push(problem('not-object', at));
      return;
    }
    if (!Number.isInteger(arg.index) || (arg.index as number) < 0 || (arg.index as number) > 5) {
      errors.push(problem('bad-arg-index', `${at}.index`));
    } else if (seen.has(arg.index as number)) {
      warnings.push(problem('repeated-arg-index', at, { index: arg.index as number }));
    } else seen.add(arg.index as number);
    if (!isU64(arg.value)) errors.push(problem('not-u64', `${at}.value`));
    if (arg.valueTwo !== undefined && !isU64(arg.valueTwo)) errors.push(problem('not-u64', `${at}.valueTwo`));
    if (!oneOf(SECCOMP_OPERATORS, arg.op)) errors.push(problem('unknown-operator', `${at}.op`, { value: shown(arg.op) }));
  });
}
