import { defineRule } from '../define-rule.ts';
import { AUTOMATIC_ARGS, expandVariables } from '../model/variables.ts';

export default defineRule({
  meta: {
    id: 'undefined-arg-in-from',
    aliases: { buildkit: ['UndefinedArgInFrom'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Declare ARGs used in FROM before the first FROM', 'pt-BR': 'Declare antes do primeiro FROM os ARGs usados no FROM' },
    description: {
      en: 'FROM can only use ARGs declared before the first FROM (plus BuildKit\'s automatic platform ARGs). An undeclared one expands to an empty string and the image name silently changes.',
      'pt-BR': 'O FROM só enxerga ARGs declarados antes do primeiro FROM (além dos ARGs automáticos de plataforma do BuildKit). Um ARG não declarado vira string vazia e o nome da imagem muda sem aviso.',
    },
    examples: { bad: 'FROM node:${NODE_VERSION}-slim', good: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim' },
    messages: {
      undefinedArg: { en: 'FROM uses ${name}, which is not declared by an ARG before the first FROM.', 'pt-BR': 'O FROM usa ${name}, que não foi declarado em um ARG antes do primeiro FROM.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      const from = stage.from;
      const targets = [
        ...(from.args[0] ? [{ text: from.args[0].raw, range: from.args[0].range }] : []),
        ...from.flags.filter((flag) => flag.name === 'platform' && flag.value).map((flag) => ({ text: flag.value!, range: flag.valueRange ?? flag.range })),
      ];
      for (const target of targets) {
        for (const reference of expandVariables(target.text, (name) => from.variables.get(name)).references) {
          if (from.variables.has(reference.name) || AUTOMATIC_ARGS.has(reference.name) || reference.hasFallback) continue;
          report({ messageId: 'undefinedArg', data: { name: reference.name }, range: target.range });
        }
      }
    }
  },
});
