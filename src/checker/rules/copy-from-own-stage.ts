import { defineRule } from '../define-rule.ts';
import { copyFromFlags } from '../query/copy-from.ts';

export default defineRule({
  meta: {
    id: 'copy-from-own-stage',
    aliases: { hadolint: ['DL3023'], trivy: ['DS-0006'] },
    severity: 'error',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'COPY --from cannot name its own stage', 'pt-BR': 'COPY --from não pode citar o próprio estágio' },
    description: {
      en: 'A stage cannot copy from itself: its files do not exist yet while it is being built, and the build fails. Copy from an earlier stage, or use a plain COPY from the build context.',
      'pt-BR': 'Um estágio não pode copiar de si mesmo: os arquivos dele ainda não existem enquanto ele está sendo construído, e o build falha. Copie de um estágio anterior ou use um COPY normal a partir do contexto de build.',
    },
    examples: { bad: 'FROM golang:1.27 AS build\nCOPY --from=build /src /src', good: 'FROM golang:1.27 AS build\nCOPY . /src' },
    messages: {
      ownStage: { en: 'COPY --from={name} refers to the stage it is in.', 'pt-BR': 'COPY --from={name} aponta para o próprio estágio em que está.' },
    },
  },
  check(model, report) {
    for (const { instruction, flag } of copyFromFlags(model)) {
      const stage = model.stages[instruction.stageIndex];
      if (!stage) continue;
      const own = stage.name?.toLowerCase() === flag.value.toLowerCase() || flag.value === String(stage.index);
      if (own) report({ messageId: 'ownStage', data: { name: flag.value }, range: flag.valueRange ?? flag.range });
    }
  },
});
