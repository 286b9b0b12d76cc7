import { defineRule } from '../define-rule.ts';

const NOT_ALLOWED = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  meta: {
    id: 'onbuild-trigger-allowed',
    aliases: { hadolint: ['DL3043'] },
    severity: 'error',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER', 'pt-BR': 'ONBUILD não pode disparar ONBUILD, FROM nem MAINTAINER' },
    description: {
      en: 'ONBUILD stores an instruction that runs later, at the start of a build that uses this image as its base. Docker refuses three triggers: ONBUILD (triggers cannot be chained), FROM (the child build already chose its base image) and MAINTAINER (deprecated, it only sets metadata). Write the instruction directly in the child Dockerfile, or use a LABEL for the author.',
      'pt-BR': 'O ONBUILD guarda uma instrução que roda depois, no início de um build que usa esta imagem como base. O Docker recusa três gatilhos: ONBUILD (gatilhos não podem ser encadeados), FROM (o build filho já escolheu a sua imagem base) e MAINTAINER (obsoleto, só define metadados). Escreva a instrução direto no Dockerfile filho, ou use uma LABEL para o autor.',
    },
    examples: { bad: 'ONBUILD FROM alpine:3.24', good: 'ONBUILD COPY . /app/src' },
    messages: {
      notAllowed: {
        en: '{instruction} cannot be an ONBUILD trigger: Docker refuses to build this.',
        'pt-BR': '{instruction} não pode ser gatilho de ONBUILD: o Docker se recusa a fazer este build.',
      },
    },
  },
  check(model, report) {
    for (const instruction of model.instructions) {
      const trigger = instruction.keyword === 'ONBUILD' ? instruction.trigger : null;
      if (trigger && NOT_ALLOWED.has(trigger.keyword)) {
        report({ messageId: 'notAllowed', data: { instruction: trigger.keywordAsWritten }, range: trigger.keywordRange });
      }
    }
  },
});
