import { defineRule } from '../define-rule.ts';
import { instructionsOf } from '../query/instructions.ts';
import { expandVariables } from '../model/variables.ts';

export default defineRule({
  meta: {
    id: 'env-self-reference',
    aliases: { hadolint: ['DL3044'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Do not use a variable in the ENV that defines it', 'pt-BR': 'Não use uma variável no mesmo ENV que a define' },
    description: {
      en: 'All pairs of one ENV are expanded with the values from before that ENV, so in `ENV DIR=/app BIN=$DIR/bin` the `$DIR` is still empty (or the old value). Split it into two ENV instructions.',
      'pt-BR': 'Todos os pares de um mesmo ENV são expandidos com os valores de antes desse ENV, então em `ENV DIR=/app BIN=$DIR/bin` o `$DIR` ainda está vazio (ou com o valor antigo). Separe em duas instruções ENV.',
    },
    examples: { bad: 'ENV DIR=/app BIN=$DIR/bin', good: 'ENV DIR=/app\nENV BIN=$DIR/bin' },
    messages: {
      sameStatement: { en: '${name} is defined in this same ENV, so here it still has its previous value.', 'pt-BR': '${name} é definida neste mesmo ENV, então aqui ela ainda tem o valor anterior.' },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'ENV')) {
      if (instruction.pairs.length < 2) continue;
      const definedHere = new Set<string>();
      for (const pair of instruction.pairs) {
        for (const reference of expandVariables(pair.rawValue, () => undefined, model.escapeChar).references) {
          if (definedHere.has(reference.name)) report({ messageId: 'sameStatement', data: { name: reference.name }, range: pair.valueRange ?? pair.range });
        }
        definedHere.add(pair.key);
      }
    }
  },
});
