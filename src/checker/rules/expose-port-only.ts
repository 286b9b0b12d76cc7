import { defineRule } from '../define-rule.ts';
import { exposedPorts } from '../query/instructions.ts';

export default defineRule({
  meta: {
    id: 'expose-port-only',
    aliases: { buildkit: ['ExposeInvalidFormat'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'EXPOSE takes container ports only', 'pt-BR': 'EXPOSE recebe só portas do container' },
    description: {
      en: 'EXPOSE documents which ports the container listens on; it cannot publish a port on the host or bind an IP address. Mappings such as `8080:80` belong to `docker run -p` or Compose `ports:`; BuildKit plans to reject them.',
      'pt-BR': 'O EXPOSE documenta em quais portas o container escuta; ele não publica porta no host nem associa um IP. Mapeamentos como `8080:80` ficam no `docker run -p` ou no `ports:` do Compose; o BuildKit vai passar a rejeitá-los.',
    },
    examples: { bad: 'EXPOSE 8080:80', good: 'EXPOSE 80' },
    messages: {
      mapping: { en: '"{value}" is a host mapping: EXPOSE only takes the container port (publish it with docker run -p).', 'pt-BR': '"{value}" é um mapeamento para o host: o EXPOSE só recebe a porta do container (publique com docker run -p).' },
    },
  },
  check(model, report) {
    for (const word of exposedPorts(model)) {
      if (word.value.includes(':') && !word.hasExpansion) report({ messageId: 'mapping', data: { value: word.value }, range: word.range });
    }
  },
});
