/** Every rule, sorted by id. Adding a rule = one file here + one test file. */
import type { RuleModule } from '../define-rule.ts';
import syntaxError from './syntax-error.ts';

export const allRules: readonly RuleModule[] = [
  syntaxError,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
