// The rule catalogue stays whole (every rule file registered under its own name), and rule tests can fail.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkModelWithMessageIds } from '../../src/checker/engine.ts';
import { defineRule, parseDockerfile, rules, type RuleModule } from '../../src/checker/index.ts';
import { runRule } from './rule-tester.ts';

const RULES_DIR = new URL('../../src/checker/rules/', import.meta.url);
const ruleFiles = readdirSync(RULES_DIR).filter((file) => file.endsWith('.ts') && file !== 'index.ts');

describe('rule catalogue', () => {
  it.each(ruleFiles)('%s is registered in rules/index.ts under its file name', async (file) => {
    const rule = ((await import(new URL(file, RULES_DIR).href)) as { default: RuleModule }).default;
    expect(rule.meta.id).toBe(file.replace(/\.ts$/, ''));
    expect(rules).toContain(rule);
  });

  it('registers no rule without a file of its own', () => {
    expect(rules.map((rule) => `${rule.meta.id}.ts`).filter((file) => !ruleFiles.includes(file))).toEqual([]);
  });
});

describe('a rule that throws', () => {
  const throwing = defineRule({ ...rules[0], meta: { ...rules[0].meta, id: 'always-throws' }, check: () => { throw new Error('boom'); } });

  it('fails its valid cases in the rule tester', () => {
    expect(() => runRule(throwing, 'FROM alpine:3.20')).toThrow('boom');
  });

  it('is still swallowed by default, so the other rules keep reporting', () => {
    expect(checkModelWithMessageIds(parseDockerfile('FROM alpine:3.20'), { rules: [throwing] })).toEqual([]);
  });

  it('reaches onRuleError with the rule that threw', () => {
    const seen: string[] = [];
    checkModelWithMessageIds(parseDockerfile('FROM alpine:3.20'), { rules: [throwing], onRuleError: (error, rule) => seen.push(`${rule.meta.id}: ${(error as Error).message}`) });
    expect(seen).toEqual(['always-throws: boom']);
  });
});
