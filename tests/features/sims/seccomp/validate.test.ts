import { describe, expect, it } from 'vitest';
import en from '../../../../src/translations/en.json' with { type: 'json' };
import ptBr from '../../../../src/translations/pt-br.json' with { type: 'json' };
import { DOCKER_DEFAULT_SECCOMP_PROFILE } from '../../../../src/features/sims/seccomp/model/docker-default.ts';
import {
  SECCOMP_PROBLEM_CODES,
  SECCOMP_PROBLEM_PARAMS,
  seccompProblemKey,
  seccompProblemVars,
  validateSeccompProfile,
  type SeccompProblem,
} from '../../../../src/features/sims/seccomp/model/validate.ts';
import { problemText } from '../../../../src/features/sims/seccomp/model/describe-run.ts';
import { islandStrings } from '../../../../src/ui/island-strings.ts';
import { translateFrom } from '../../../../src/ui/strings.ts';
import { t } from '../../../../src/course/i18n.ts';
import type { LocaleKey } from '../../../../src/course/locales.ts';

/** A problem as the lab words it, with the strings SeccompLab.astro ships for that locale. */
const formatSeccompProblem = (problem: SeccompProblem, locale: LocaleKey) => problemText(problem, translateFrom(islandStrings(locale, ['seccompLab.'])));

// What Docker (moby profiles/seccomp/seccomp_linux.go) and runc (libcontainer/seccomp) refuse.

const brokenProfile = {
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
    { names: ['getpid'] },
  ],
};

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
    expect(validateSeccompProfile('{').errors[0]).toMatchObject({ code: 'not-json', path: '', params: { detail: expect.any(String) } });
    expect(validateSeccompProfile(42).errors).toEqual([{ code: 'profile-not-object', path: '', params: {} }]);
    expect(validateSeccompProfile({ defaultAction: 'SCMP_ACT_ALLOW', syscalls: 'x' }).errors).toEqual([
      { code: 'not-array', path: 'syscalls', params: {} },
    ]);
  });

  it('reports each problem as data: a code, where it is, and the values its message needs', () => {
    const result = validateSeccompProfile(brokenProfile);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      { code: 'unknown-action', path: 'defaultAction', params: { value: '"SCMP_ACT_DENY"' } },
      { code: 'bad-errno', path: 'defaultErrnoRet', params: {} },
      { code: 'architectures-and-archmap', path: '', params: {} },
      { code: 'unknown-architecture', path: 'architectures[1]', params: { value: '"SCMP_ARCH_Z80"' } },
      { code: 'empty-names', path: 'syscalls[0].names', params: {} },
      { code: 'name-and-names', path: 'syscalls[1]', params: {} },
      { code: 'bad-arg-index', path: 'syscalls[2].args[0].index', params: {} },
      { code: 'not-u64', path: 'syscalls[2].args[0].value', params: {} },
      { code: 'unknown-operator', path: 'syscalls[2].args[0].op', params: { value: '"SCMP_CMP_NOT"' } },
      { code: 'bad-caps', path: 'syscalls[3].includes.caps', params: {} },
      { code: 'bad-min-kernel', path: 'syscalls[3].includes.minKernel', params: {} },
      { code: 'missing-names', path: 'syscalls[4]', params: {} },
      { code: 'bad-errno', path: 'syscalls[4].errnoRet', params: {} },
      { code: 'missing-action', path: 'syscalls[5].action', params: {} },
    ]);
  });

  it('words every problem in English as before', () => {
    expect(validateSeccompProfile(brokenProfile).errors.map((problem) => formatSeccompProblem(problem, 'en'))).toEqual([
      'defaultAction: unknown action "SCMP_ACT_DENY"',
      'defaultErrnoRet: must be an errno number between 0 and 4095',
      "use either 'architectures' or 'archMap', not both",
      'architectures[1]: unknown architecture "SCMP_ARCH_Z80"',
      'syscalls[0].names: must be a non-empty list of system call names',
      "syscalls[1]: use either 'name' or 'names', not both",
      'syscalls[2].args[0].index: must be 0–5 (system calls take at most six arguments)',
      'syscalls[2].args[0].value: must be an unsigned 64-bit integer',
      'syscalls[2].args[0].op: unknown operator "SCMP_CMP_NOT"',
      'syscalls[3].includes.caps: must list capability names such as CAP_SYS_ADMIN',
      'syscalls[3].includes.minKernel: must look like "4.8"',
      "syscalls[4]: needs 'names' (the system calls it applies to)",
      'syscalls[4].errnoRet: must be an errno number between 0 and 4095',
      'syscalls[5].action is missing (every rule needs an action, such as SCMP_ACT_ALLOW)',
    ]);
    expect(formatSeccompProblem(validateSeccompProfile('{').errors[0], 'en')).toMatch(/^not valid JSON: /);
  });

  it('words problems in Brazilian Portuguese on pt-BR pages', () => {
    const pt = (problem: SeccompProblem) => formatSeccompProblem(problem, 'pt-br');
    const [action, errno, both, arch, ...rest] = validateSeccompProfile(brokenProfile).errors;
    expect(pt(action)).toBe('defaultAction: ação desconhecida "SCMP_ACT_DENY"');
    expect(pt(errno)).toBe('defaultErrnoRet: precisa ser um número de errno entre 0 e 4095');
    expect(pt(both)).toBe("use 'architectures' ou 'archMap', não os dois");
    expect(pt(arch)).toBe('architectures[1]: arquitetura desconhecida "SCMP_ARCH_Z80"');
    expect(pt(rest[2])).toBe('syscalls[2].args[0].index: precisa estar entre 0 e 5 (chamadas de sistema recebem no máximo seis argumentos)');
    expect(pt({ code: 'missing-default-action', path: 'defaultAction', params: {} })).toBe('defaultAction não foi informado');
    expect(pt(validateSeccompProfile('{').errors[0])).toMatch(/^JSON inválido: /);
  });

  it('has a message in both languages for every code, using exactly {path} and the params the code carries', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const strings: Record<string, Record<string, string>> = { en, 'pt-br': ptBr };
    // Problems about the whole document have no path to show.
    const pathless = new Set(['not-json', 'profile-not-object', 'architectures-and-archmap']);
    expect(SECCOMP_PROBLEM_CODES.length).toBeGreaterThanOrEqual(20);
    for (const code of SECCOMP_PROBLEM_CODES) {
      const expected = [...SECCOMP_PROBLEM_PARAMS[code], ...(pathless.has(code) ? [] : ['path'])].sort();
      const params = Object.fromEntries(SECCOMP_PROBLEM_PARAMS[code].map((name) => [name, `<${name}>`]));
      const problem: SeccompProblem = { code, path: pathless.has(code) ? '' : 'syscalls[0]', params };
      for (const lang of ['en', 'pt-br'] as const) {
        const template = strings[lang][seccompProblemKey(code)];
        expect(template, `${lang} ${code}`).toBeTypeOf('string');
        expect(placeholders(template), `${lang} ${code}`).toEqual(expected);
        const text = formatSeccompProblem(problem, lang);
        expect(text, `${lang} ${code}`).not.toMatch(/\{\w+\}/);
        expect(text, `${lang} ${code}`).not.toContain('seccompLab.problem');
      }
      expect(strings['pt-br'][seccompProblemKey(code)], code).not.toBe(strings.en[seccompProblemKey(code)]);
    }
  });

  it('gives the lab the same words from the strings the page ships as the server gives with t()', () => {
    const problems = validateSeccompProfile(brokenProfile).errors;
    for (const locale of ['en', 'pt-br'] as const) {
      const server = problems.map((p) => t(locale, seccompProblemKey(p.code), seccompProblemVars(p)));
      expect(problems.map((p) => formatSeccompProblem(p, locale))).toEqual(server);
    }
  });

  it('requires defaultAction and warns when an argument is compared twice (runc ORs such conditions)', () => {
    expect(validateSeccompProfile({ syscalls: [] }).errors).toEqual([{ code: 'missing-default-action', path: 'defaultAction', params: {} }]);
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
    expect(twice.warnings).toEqual([{ code: 'repeated-arg-index', path: 'syscalls[0].args[1]', params: { index: 0 } }]);
    expect(formatSeccompProblem(twice.warnings[0], 'en')).toBe(
      'syscalls[0].args[1]: argument 0 is compared twice; runc then ORs the conditions instead of ANDing them',
    );
    expect(formatSeccompProblem(twice.warnings[0], 'pt-br')).toBe(
      'syscalls[0].args[1]: o argumento 0 é comparado duas vezes; aí o runc junta as condições com OU em vez de E',
    );
  });
});
