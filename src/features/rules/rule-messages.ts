// What a rule page lists under "What the checker says": every message, filled with what the rule's own bad
// example produces where it produces that message, and as a template with named placeholders otherwise.
import { parseDockerfile, type Lang, type RuleModule } from '../../checker/index.ts';
import { checkModelWithMessageIds } from '../../checker/engine.ts';

export type RuleMessage = { id: string; filled: string } | { id: string; template: string };

export function ruleMessages(rule: RuleModule, lang: Lang): RuleMessage[] {
  const found = checkModelWithMessageIds(parseDockerfile(rule.meta.examples.bad), { rules: [rule], lang });
  return Object.entries(rule.meta.messages).map(([id, text]) => {
    const example = found.find((f) => f.messageId === id);
    return example ? { id, filled: example.finding.message } : { id, template: text[lang] };
  });
}
