import { defineRule } from '../define-rule.ts';
import { instructionsOf } from '../query/instructions.ts';

export default defineRule({
  meta: {
    id: 'legacy-key-value-format',
    aliases: { buildkit: ['LegacyKeyValueFormat'] },
    severity: 'style',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Write ENV and LABEL as key=value', 'pt-BR': 'Escreva ENV e LABEL como chave=valor' },
    description: {
      en: 'The old `ENV key value` form takes the whole rest of the line as the value, so it cannot set several variables and is easy to misread. `ENV key=value` is explicit, supports several pairs, and is the documented form.',
      'pt-BR': 'A forma antiga `ENV chave valor` pega todo o resto da linha como valor, então não define várias variáveis e é fácil de ler errado. `ENV chave=valor` é explícita, aceita vários pares e é a forma documentada.',
    },
    examples: { bad: 'ENV NODE_ENV production', good: 'ENV NODE_ENV=production' },
    messages: {
      legacy: { en: 'Use "{instruction} {key}=<value>" instead of the legacy "{instruction} {key} <value>" form.', 'pt-BR': 'Use "{instruction} {key}=<valor>" em vez da forma antiga "{instruction} {key} <valor>".' },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'ENV', 'LABEL')) {
      const pair = instruction.pairs[0];
      if (!pair || !pair.legacy || !pair.hasValue || !pair.valueRange) continue;
      const singleLine = pair.range.line === pair.range.endLine;
      // One word, or already quoted: `key=value` keeps its meaning; spaces need double quotes.
      const usableAsIs = /^(["']).*\1$/.test(pair.rawValue) || !/[\s"']/.test(pair.rawValue);
      const value = usableAsIs ? pair.rawValue : /["\\]/.test(pair.rawValue) ? null : `"${pair.rawValue}"`;
      const fix = singleLine && value !== null ? [{ ...pair.range, text: `${pair.key}=${value}` }] : undefined;
      report({ messageId: 'legacy', data: { instruction: instruction.keyword, key: pair.key }, range: pair.range, fix });
    }
  },
});
