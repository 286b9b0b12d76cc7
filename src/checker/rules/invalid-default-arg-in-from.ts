import { defineRule } from '../define-rule.ts';
import { isValidImageReference } from '../model/image-reference.ts';
import { imageBases } from '../query/images.ts';

export default defineRule({
  meta: {
    id: 'invalid-default-arg-in-from',
    aliases: { buildkit: ['InvalidDefaultArgInFrom'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Give FROM ARGs a usable default', 'pt-BR': 'Dê aos ARGs do FROM um valor padrão utilizável' },
    description: {
      en: 'When an ARG used in FROM has no default (or an empty one), a plain `docker build` without `--build-arg` produces an invalid image name such as `node:` and fails. Give the ARG a default that makes a valid reference.',
      'pt-BR': 'Quando um ARG usado no FROM não tem valor padrão (ou tem um vazio), um `docker build` sem `--build-arg` gera um nome de imagem inválido, como `node:`, e falha. Dê ao ARG um padrão que forme uma referência válida.',
    },
    examples: { bad: 'ARG TAG\nFROM node:${TAG}', good: 'ARG TAG=22-slim\nFROM node:${TAG}' },
    messages: {
      invalidDefault: { en: 'With the default ARG values this FROM becomes "{image}", which is not a valid image reference.', 'pt-BR': 'Com os valores padrão dos ARGs, este FROM vira "{image}", que não é uma referência de imagem válida.' },
    },
  },
  check(model, report) {
    for (const { stage, image, word } of imageBases(model)) {
      if (!word.hasExpansion || stage.scratch || isValidImageReference(image.raw)) continue;
      report({ messageId: 'invalidDefault', data: { image: image.raw }, range: word.range });
    }
  },
});
