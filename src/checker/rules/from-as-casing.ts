import { defineRule } from '../define-rule.ts';
import { casingOf } from '../query/text.ts';

export default defineRule({
  meta: {
    id: 'from-as-casing',
    aliases: { buildkit: ['FromAsCasing'] },
    severity: 'style',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Match the casing of FROM and AS', 'pt-BR': 'Use a mesma caixa em FROM e AS' },
    description: {
      en: '`FROM image as build` works, but the lower-case `as` reads like part of the image name. Write the keyword in the same casing as FROM.',
      'pt-BR': '`FROM imagem as build` funciona, mas o `as` em minúsculas parece parte do nome da imagem. Escreva a palavra-chave com a mesma caixa do FROM.',
    },
    examples: { bad: 'FROM golang:1.27 as build', good: 'FROM golang:1.27 AS build' },
    messages: {
      mismatch: { en: '"{as}" should be written "{expected}" to match "{from}".', 'pt-BR': '"{as}" deveria estar escrito "{expected}" para combinar com "{from}".' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.asKeyword || !stage.asRange || stage.asKeyword.toLowerCase() !== 'as') continue;
      const fromCasing = casingOf(stage.from.keywordAsWritten);
      if (fromCasing === 'mixed' || casingOf(stage.asKeyword) === fromCasing) continue;
      const expected = fromCasing === 'upper' ? 'AS' : 'as';
      report({ messageId: 'mismatch', data: { as: stage.asKeyword, expected, from: stage.from.keywordAsWritten }, range: stage.asRange, fix: [{ ...stage.asRange, text: expected }] });
    }
  },
});
