import { expect, it, describe } from 'vitest';
import { applyFixes, parseDockerfile, ruleById, type RuleModule } from '../../src/checker/index.ts';
import { checkModelWithMessageIds } from '../../src/checker/engine.ts';

export interface InvalidCase {
  code: string;
  errors: { messageId: string; line: number; column: number; endLine?: number; endColumn?: number }[];
  /** The text after applying every fix of this rule; omit when the rule offers no fix here. */
  output?: string;
  name?: string;
}

export interface RuleCases {
  valid: (string | { code: string; name?: string })[];
  invalid: InvalidCase[];
}

/** Runs one rule alone over the code; an exception in the rule fails the test instead of being swallowed. */
export function runRule(rule: RuleModule, code: string) {
  return checkModelWithMessageIds(parseDockerfile(code), {
    rules: [rule],
    onRuleError: (error) => {
      throw error;
    },
  });
}

/** A table-driven test for one rule (an id, or a module not registered yet), in the manner of ESLint's RuleTester. */
export function testRule(ruleOrId: string | RuleModule, cases: RuleCases): void {
  const ruleId = typeof ruleOrId === 'string' ? ruleOrId : ruleOrId.meta.id;
  const rule = () => (typeof ruleOrId === 'string' ? ruleById(ruleOrId) : ruleOrId);
  describe(ruleId, () => {
    it('exists', () => expect(rule()).toBeDefined());
    cases.valid.forEach((entry, n) => {
      const code = typeof entry === 'string' ? entry : entry.code;
      it(`valid #${n + 1}${typeof entry === 'string' ? '' : ` ${entry.name ?? ''}`}`, () => {
        const findings = runRule(rule()!, code).map((e) => e.finding);
        expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((entry, n) => {
      it(`invalid #${n + 1} ${entry.name ?? ''}`, () => {
        const entries = runRule(rule()!, entry.code);
        const findings = entries.map((e) => e.finding);
        const actual = entries.map(({ finding, messageId }) => ({
          messageId,
          line: finding.line,
          column: finding.column,
          ...(entry.errors.some((e) => e.endLine !== undefined) ? { endLine: finding.endLine } : {}),
          ...(entry.errors.some((e) => e.endColumn !== undefined) ? { endColumn: finding.endColumn } : {}),
        }));
        expect(actual).toEqual(entry.errors);
        if (entry.output !== undefined) {
          const edits = findings.flatMap((finding) => finding.fix ?? []);
          expect(applyFixes(entry.code, edits)).toBe(entry.output);
        } else {
          expect(findings.every((finding) => finding.fix === undefined)).toBe(true);
        }
      });
    });
  });
}
