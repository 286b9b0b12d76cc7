import { expect, it, describe } from 'vitest';
import { applyFixes, checkDockerfile, parseDockerfile, ruleById } from '../../src/checker/index.ts';
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

/** A table-driven test for one rule, in the manner of ESLint's RuleTester. */
export function testRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    it('exists', () => expect(ruleById(ruleId)).toBeDefined());
    cases.valid.forEach((entry, n) => {
      const code = typeof entry === 'string' ? entry : entry.code;
      it(`valid #${n + 1}${typeof entry === 'string' ? '' : ` ${entry.name ?? ''}`}`, () => {
        const findings = checkDockerfile(code).filter((finding) => finding.rule === ruleId);
        expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((entry, n) => {
      it(`invalid #${n + 1} ${entry.name ?? ''}`, () => {
        const entries = checkModelWithMessageIds(parseDockerfile(entry.code)).filter((e) => e.finding.rule === ruleId);
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
