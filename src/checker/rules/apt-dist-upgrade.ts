import { defineRule } from '../define-rule.ts';
import { runCommands } from '../query/run-instructions.ts';
import { subcommandOf } from '../query/package-managers.ts';

export default defineRule({
  meta: {
    id: 'apt-dist-upgrade',
    aliases: { trivy: ['DS-0024'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Avoid apt-get dist-upgrade', 'pt-BR': 'Evite apt-get dist-upgrade' },
    description: {
      en: '`dist-upgrade` may install or remove packages to move the system forward, changing the base image under you in ways its maintainers did not test. Prefer a newer base image tag; `apt-get upgrade` is enough for security fixes.',
      'pt-BR': 'O `dist-upgrade` pode instalar ou remover pacotes para avançar o sistema, mudando a imagem base de um jeito que quem a mantém não testou. Prefira uma tag mais nova da imagem base; para correções de segurança, `apt-get upgrade` basta.',
    },
    examples: { bad: 'RUN apt-get update && apt-get dist-upgrade -y', good: 'FROM debian:12.8-slim' },
    messages: {
      distUpgrade: { en: 'Avoid "{command}": use a newer base image instead.', 'pt-BR': 'Evite "{command}": use uma imagem base mais nova.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (call.name !== 'apt-get' && call.name !== 'apt') continue;
      const sub = subcommandOf(call);
      if (sub && (sub.word.value === 'dist-upgrade' || sub.word.value === 'full-upgrade')) {
        report({ messageId: 'distUpgrade', data: { command: `${call.name} ${sub.word.value}` }, range: call.command.range });
      }
    }
  },
});
