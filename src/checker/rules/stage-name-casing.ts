import { defineRule } from '../define-rule.ts';
import type { TextEdit } from '../types.ts';

export default defineRule({
  meta: {
    id: 'stage-name-casing',
    aliases: { buildkit: ['StageNameCasing'] },
    severity: 'style',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Write stage names in lower case', 'pt-BR': 'Escreva nomes de estágio em minúsculas' },
    description: {
      en: 'Stage names are case-insensitive, so `Build` and `build` are the same stage; lower case avoids the impression that they differ and matches image-name conventions.',
      'pt-BR': 'Nomes de estágio não diferenciam maiúsculas, então `Build` e `build` são o mesmo estágio; usar minúsculas evita a impressão de que são diferentes e segue a convenção dos nomes de imagem.',
    },
    examples: { bad: 'FROM golang:1.27 AS Build', good: 'FROM golang:1.27 AS build' },
    messages: {
      notLowerCase: { en: 'Stage name "{name}" should be lower case: "{lower}".', 'pt-BR': 'O nome do estágio "{name}" deveria estar em minúsculas: "{lower}".' },
    },
  },
  check(model, report) {
    const mixedCase = model.stages.filter((stage) => stage.name && stage.name !== stage.name.toLowerCase());
    if (mixedCase.length === 0) return;
    const references = model.instructions.filter((instruction) => instruction.keyword === 'FROM' || instruction.flags.some((flag) => flag.name === 'from'));
    for (const stage of mixedCase) {
      if (!stage.name || !stage.nameRange) continue;
      const lower = stage.name.toLowerCase();
      const fix: TextEdit[] = [{ ...stage.nameRange, text: lower }];
      for (const instruction of references) {
        for (const flag of instruction.flags) {
          if (flag.name === 'from' && flag.value === stage.name && flag.valueRange) fix.push({ ...flag.valueRange, text: lower });
        }
        if (instruction.keyword === 'FROM' && instruction.args[0]?.raw === stage.name) fix.push({ ...instruction.args[0].range, text: lower });
      }
      report({ messageId: 'notLowerCase', data: { name: stage.name, lower }, range: stage.nameRange, fix });
    }
  },
});
