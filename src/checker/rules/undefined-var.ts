import { defineRule } from '../define-rule.ts';
import { AUTOMATIC_ARGS, expandVariables } from '../model/variables.ts';
import { editDistance } from '../query/text.ts';

/** Instructions whose arguments Docker (not a shell) expands. */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

export default defineRule({
  meta: {
    id: 'undefined-var',
    aliases: { buildkit: ['UndefinedVar'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Use only variables that are defined', 'pt-BR': 'Use só variáveis que foram definidas' },
    description: {
      en: 'An undefined variable expands to an empty string, so `COPY app $APP_DIR` copies to the wrong place without any error. This rule reports variables used before their ARG/ENV and names that look like a typo of a declared one; variables set by the base image cannot be seen here, so others are left alone.',
      'pt-BR': 'Uma variável não definida vira string vazia, então `COPY app $APP_DIR` copia para o lugar errado sem erro nenhum. Esta regra aponta variáveis usadas antes do ARG/ENV e nomes que parecem erro de digitação de uma variável declarada; variáveis definidas pela imagem base não aparecem aqui, então as demais ficam de fora.',
    },
    examples: { bad: 'ARG APP_DIR=/app\nCOPY . $APP_DIRR', good: 'ARG APP_DIR=/app\nCOPY . $APP_DIR' },
    messages: {
      typo: { en: '${name} is not defined: did you mean ${suggestion}?', 'pt-BR': '${name} não está definida: você quis dizer ${suggestion}?' },
      usedBeforeDefined: { en: '${name} is used before the {instruction} on line {line} defines it.', 'pt-BR': '${name} é usada antes do {instruction} da linha {line}, que a define.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (!EXPANDED.has(instruction.keyword) || !instruction.argsText.includes('$')) continue;
        const scope = instruction.variables;
        for (const reference of expandVariables(instruction.argsText, (name) => scope.get(name), model.escapeChar).references) {
          const name = reference.name;
          if (scope.has(name) || AUTOMATIC_ARGS.has(name) || reference.hasFallback) continue;
          if (instruction.keyword === 'ENV' && instruction.pairs.some((pair) => pair.key === name)) continue;
          const range = instruction.argsRange ?? instruction.keywordRange;
          const later = stage.instructions.find((other) => other.index > instruction.index && (other.keyword === 'ARG' || other.keyword === 'ENV') && other.pairs.some((pair) => pair.key === name));
          if (later) {
            report({ messageId: 'usedBeforeDefined', data: { name, instruction: later.keyword, line: later.range.line }, range });
            continue;
          }
          const suggestion = [...scope.keys()].find((known) => known !== name && editDistance(known, name) <= (name.length > 4 ? 2 : 1));
          if (suggestion) report({ messageId: 'typo', data: { name, suggestion }, range });
        }
      }
    }
  },
});
