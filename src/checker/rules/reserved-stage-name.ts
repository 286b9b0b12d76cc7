import { defineRule } from '../define-rule.ts';

const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  meta: {
    id: 'reserved-stage-name',
    aliases: { hadolint: ['DL3063'], buildkit: ['ReservedStageName'] },
    severity: 'error',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Do not use reserved stage names', 'pt-BR': 'Não use nomes de estágio reservados' },
    description: {
      en: '`scratch` is the empty base image and `context` is how BuildKit names the build context, so a stage with either name cannot be referenced reliably. Pick another name.',
      'pt-BR': '`scratch` é a imagem base vazia e `context` é o nome que o BuildKit dá ao contexto de build, então um estágio com um desses nomes não pode ser referenciado com segurança. Escolha outro nome.',
    },
    examples: { bad: 'FROM alpine:3.24 AS scratch', good: 'FROM alpine:3.24 AS base' },
    messages: {
      reserved: { en: '"{name}" is a reserved name and cannot be used for a stage.', 'pt-BR': '"{name}" é um nome reservado e não pode ser usado em um estágio.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      if (stage.name && stage.nameRange && RESERVED.has(stage.name.toLowerCase())) report({ messageId: 'reserved', data: { name: stage.name }, range: stage.nameRange });
    }
  },
});
