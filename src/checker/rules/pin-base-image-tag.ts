import { defineRule } from '../define-rule.ts';
import { imageBases } from '../query/images.ts';

export default defineRule({
  meta: {
    id: 'pin-base-image-tag',
    aliases: { hadolint: ['DL3006', 'DL3007'], trivy: ['DS-0001'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Pin the base image tag', 'pt-BR': 'Fixe a tag da imagem base' },
    description: {
      en: 'Without a tag, or with `latest`, the base image changes whenever its publisher pushes a new version, so the same Dockerfile builds a different image next week. Pin a version tag (or a digest) to get repeatable builds and deliberate upgrades.',
      'pt-BR': 'Sem tag, ou com `latest`, a imagem base muda sempre que quem a publica envia uma versão nova, e o mesmo Dockerfile gera outra imagem na semana seguinte. Fixe a tag de uma versão (ou um digest) para ter builds reproduzíveis e atualizações feitas de propósito.',
    },
    examples: { bad: 'FROM node\nFROM python:latest', good: 'FROM node:24.11-trixie-slim\nFROM python:3.13-slim' },
    messages: {
      missingTag: { en: 'The base image "{image}" has no tag: pin a version, e.g. "{image}:<version>".', 'pt-BR': 'A imagem base "{image}" está sem tag: fixe uma versão, por exemplo "{image}:<versão>".' },
      latestTag: { en: 'The base image "{image}" uses the "latest" tag: pin a version instead.', 'pt-BR': 'A imagem base "{image}" usa a tag "latest": fixe uma versão no lugar dela.' },
    },
  },
  check(model, report) {
    for (const { stage, image, word } of imageBases(model)) {
      if (stage.scratch || image.raw === '' || image.digest || image.raw.includes('$')) continue;
      if (image.tag === null) report({ messageId: 'missingTag', data: { image: image.raw }, range: word.range });
      else if (image.tag === 'latest') report({ messageId: 'latestTag', data: { image: image.raw }, range: word.range });
    }
  },
});
