import { defineRule } from '../define-rule.ts';
import { argumentValues, instructionsOf } from '../query/instructions.ts';
import { looksLikeImage } from '../query/copy-from.ts';

/** `/` as written, with or without quotes (exec form values are already unquoted). */
const isRoot = (path: string) => path.replace(/^(["'])(.*)\1$/, '$2') === '/';

export default defineRule({
  meta: {
    id: 'copy-whole-filesystem',
    aliases: { hadolint: ['DL3067'] },
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Do not copy a whole filesystem from another stage', 'pt-BR': 'Não copie o sistema de arquivos inteiro de outro estágio' },
    description: {
      en: '`COPY --from=build / /` copies everything in the other stage: its shell, package manager, compilers, caches and sources. That undoes what a multi-stage build is for, a final image with only what the app needs. Copy the build output instead (`COPY --from=build /app/dist /app/dist`). If you really mean to flatten an image into a single layer, say so in a comment and ignore this rule on that line.',
      'pt-BR': '`COPY --from=build / /` copia tudo o que existe no outro estágio: shell, gerenciador de pacotes, compiladores, caches e código-fonte. Isso desfaz o propósito de um build multi-stage, que é uma imagem final só com o que a aplicação precisa. Copie o resultado do build (`COPY --from=build /app/dist /app/dist`). Se a intenção é mesmo achatar uma imagem numa única camada, diga isso num comentário e ignore esta regra nessa linha.',
    },
    examples: {
      bad: 'FROM node:24 AS build\nRUN npm ci && npm run build\n\nFROM node:24-slim\nCOPY --from=build / /',
      good: 'FROM node:24 AS build\nRUN npm ci && npm run build\n\nFROM node:24-slim\nCOPY --from=build /app/dist /app/dist',
    },
    messages: {
      wholeFilesystem: {
        en: 'This copies the whole filesystem of "{from}" into the image: copy only the files the app needs.',
        'pt-BR': 'Isto copia o sistema de arquivos inteiro de "{from}" para a imagem: copie só os arquivos de que a aplicação precisa.',
      },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'COPY')) {
      const from = instruction.flags.find((flag) => flag.name === 'from');
      // `--from=docker/buildx-bin`: images built to be copied whole (FROM scratch plus binaries) are used this way on purpose.
      if (!from || looksLikeImage(from.value ?? '')) continue;
      const paths = argumentValues(instruction);
      if (paths.length < 2) continue;
      const sources = paths.slice(0, -1);
      if (sources.some(isRoot) && isRoot(paths[paths.length - 1])) {
        report({ messageId: 'wholeFilesystem', data: { from: from.value ?? '' }, range: instruction.argsRange ?? instruction.keywordRange });
      }
    }
  },
});
