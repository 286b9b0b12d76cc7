import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'from-platform-constant',
    aliases: { hadolint: ['DL3029'], buildkit: ['FromPlatformFlagConstDisallowed'] },
    severity: 'warning',
    fixable: false,
    lesson: 'docker-and-oci',
    title: { en: 'Do not hard-code the platform in FROM', 'pt-BR': 'Não fixe a plataforma no FROM' },
    description: {
      en: 'A constant `FROM --platform=linux/amd64` forces that stage onto one platform, so the Dockerfile can no longer build multi-platform images and runs under emulation elsewhere. Leave the platform to `docker build --platform`, use `$BUILDPLATFORM`, or name the stage after its platform (`build_amd64`) when it is platform-specific on purpose.',
      'pt-BR': 'Um `FROM --platform=linux/amd64` constante prende o estágio a uma plataforma só, então o Dockerfile deixa de gerar imagens multiplataforma e roda emulado nas outras. Deixe a plataforma para o `docker build --platform`, use `$BUILDPLATFORM` ou dê ao estágio o nome da plataforma (`build_amd64`) quando ele for específico de propósito.',
    },
    examples: { bad: 'FROM --platform=linux/amd64 alpine:3.24 AS base', good: 'FROM --platform=$BUILDPLATFORM golang:1.27 AS build' },
    messages: {
      constant: { en: 'FROM --platform={value} pins this stage to one platform.', 'pt-BR': 'FROM --platform={value} prende este estágio a uma plataforma.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      const flag = stage.from.flags.find((candidate) => candidate.name === 'platform');
      if (!flag?.value || flag.value.includes('$')) continue;
      const parts = flag.value.toLowerCase().split(/[/,]/).filter(Boolean);
      const name = stage.name?.toLowerCase() ?? '';
      if (name && parts.some((part) => name.includes(part))) continue;
      report({ messageId: 'constant', data: { value: flag.value }, range: flag.range });
    }
  },
});
