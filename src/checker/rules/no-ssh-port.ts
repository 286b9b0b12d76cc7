import { defineRule } from '../define-rule.ts';
import { exposedPorts } from '../query/instructions.ts';

export default defineRule({
  meta: {
    id: 'no-ssh-port',
    aliases: { trivy: ['DS-0004'] },
    severity: 'warning',
    fixable: false,
    lesson: 'security-layers',
    title: { en: 'Do not expose SSH', 'pt-BR': 'Não exponha o SSH' },
    description: {
      en: 'A container runs one process; an SSH server inside it is one more daemon to patch and a door for attackers. Use `docker exec` or `kubectl exec` to get a shell when you need one.',
      'pt-BR': 'Um container roda um processo; um servidor SSH lá dentro é mais um daemon para atualizar e uma porta de entrada para atacantes. Use `docker exec` ou `kubectl exec` quando precisar de um shell.',
    },
    examples: { bad: 'EXPOSE 22', good: 'EXPOSE 8080' },
    messages: {
      sshPort: { en: 'Port 22 (SSH) is exposed: use docker exec instead of an SSH server.', 'pt-BR': 'A porta 22 (SSH) está exposta: use docker exec em vez de um servidor SSH.' },
    },
  },
  check(model, report) {
    for (const word of exposedPorts(model)) {
      if (/^22(?:\/(?:tcp|udp))?$/i.test(word.value)) report({ messageId: 'sshPort', range: word.range });
    }
  },
});
