import { defineRule } from '../define-rule.ts';
import { exposedPorts } from '../query/instructions.ts';

const PORT_SPEC = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i;

export default defineRule({
  meta: {
    id: 'expose-valid-port',
    aliases: { hadolint: ['DL3011'], trivy: ['DS-0008'] },
    severity: 'error',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'EXPOSE valid ports', 'pt-BR': 'Use portas válidas no EXPOSE' },
    description: {
      en: 'TCP and UDP ports go from 0 to 65535, and a protocol can only be tcp, udp or sctp. Anything else is a typo that makes the image metadata wrong or the build fail.',
      'pt-BR': 'Portas TCP e UDP vão de 0 a 65535, e o protocolo só pode ser tcp, udp ou sctp. Qualquer outra coisa é erro de digitação que deixa os metadados da imagem errados ou quebra o build.',
    },
    examples: { bad: 'EXPOSE 80800', good: 'EXPOSE 8080' },
    messages: {
      outOfRange: { en: 'Port {port} is out of range: ports go from 0 to 65535.', 'pt-BR': 'A porta {port} está fora do intervalo: as portas vão de 0 a 65535.' },
      reversedRange: { en: 'The range "{value}" ends before it starts: write START-END with START ≤ END.', 'pt-BR': 'O intervalo "{value}" termina antes de começar: escreva INÍCIO-FIM com INÍCIO ≤ FIM.' },
      invalid: { en: '"{value}" is not a port: use PORT, PORT/tcp, PORT/udp or a range START-END.', 'pt-BR': '"{value}" não é uma porta: use PORTA, PORTA/tcp, PORTA/udp ou um intervalo INÍCIO-FIM.' },
    },
  },
  check(model, report) {
    for (const word of exposedPorts(model)) {
      // Host mappings (`80:80`) are reported by expose-port-only.
      if (word.hasExpansion || word.value.includes(':')) continue;
      const match = PORT_SPEC.exec(word.value);
      if (!match) {
        report({ messageId: 'invalid', data: { value: word.value }, range: word.range });
        continue;
      }
      const tooBig = [match[1], match[2]].find((port) => port !== undefined && Number(port) > 65535);
      if (tooBig) report({ messageId: 'outOfRange', data: { port: tooBig }, range: word.range });
      else if (match[2] !== undefined && Number(match[2]) < Number(match[1])) report({ messageId: 'reversedRange', data: { value: word.value }, range: word.range });
    }
  },
});
