import { defineRule } from '../define-rule.ts';
import { copyFromFlags, looksLikeImage } from '../query/copy-from.ts';

export default defineRule({
  meta: {
    id: 'copy-from-unknown-stage',
    aliases: { hadolint: ['DL3022'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'COPY --from must name an earlier stage', 'pt-BR': 'COPY --from precisa citar um estágio anterior' },
    description: {
      en: 'When `--from` does not match a stage defined above, Docker treats it as an image name and tries to pull it from a registry, which usually fails with a confusing error or, worse, pulls someone else\'s image. Check the stage name, or write a full image reference with a tag.',
      'pt-BR': 'Quando o `--from` não bate com um estágio definido antes, o Docker trata o valor como nome de imagem e tenta baixá-la de um registry, o que costuma falhar com um erro confuso ou, pior, baixar a imagem de outra pessoa. Confira o nome do estágio ou escreva a referência completa da imagem, com tag.',
    },
    examples: { bad: 'FROM golang:1.27 AS build\nFROM alpine:3.24\nCOPY --from=biuld /out/app /app', good: 'FROM golang:1.27 AS build\nFROM alpine:3.24\nCOPY --from=build /out/app /app' },
    messages: {
      unknownStage: { en: 'No stage named "{name}" is defined before this COPY: Docker would pull an image called "{name}".', 'pt-BR': 'Nenhum estágio chamado "{name}" foi definido antes deste COPY: o Docker tentaria baixar uma imagem chamada "{name}".' },
      laterStage: { en: 'Stage "{name}" is defined after this COPY: a stage can only copy from earlier stages.', 'pt-BR': 'O estágio "{name}" é definido depois deste COPY: um estágio só pode copiar de estágios anteriores.' },
    },
  },
  check(model, report) {
    const firstByName = new Map<string, number>();
    for (const stage of model.stages) if (stage.name && !firstByName.has(stage.name.toLowerCase())) firstByName.set(stage.name.toLowerCase(), stage.index);
    for (const { instruction, flag } of copyFromFlags(model)) {
      const name = flag.value.toLowerCase();
      if (looksLikeImage(name)) continue;
      const range = flag.valueRange ?? flag.range;
      if (/^\d+$/.test(name)) {
        // A stage number: its own stage is copy-from-own-stage's finding; past the last stage it names an image.
        const index = Number(name);
        if (index > instruction.stageIndex && index < model.stages.length) report({ messageId: 'laterStage', data: { name: flag.value }, range });
        else if (index >= model.stages.length) report({ messageId: 'unknownStage', data: { name: flag.value }, range });
        continue;
      }
      const stageIndex = firstByName.get(name);
      if (stageIndex !== undefined && stageIndex <= instruction.stageIndex) continue;
      report({ messageId: stageIndex === undefined ? 'unknownStage' : 'laterStage', data: { name: flag.value }, range });
    }
  },
});
