import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'no-sudo',
    aliases: { hadolint: ['DL3004'], trivy: ['DS-0010'] },
    severity: 'warning',
    fixable: false,
    lesson: 'security-layers',
    title: { en: 'Do not use sudo', 'pt-BR': 'Não use sudo' },
    description: {
      en: 'RUN already runs as the current USER; sudo adds a setuid binary to the image, behaves unpredictably without a TTY, and invites privilege escalation. Switch users with USER around the commands that need root instead.',
      'pt-BR': 'O RUN já roda como o USER atual; o sudo coloca um binário setuid na imagem, se comporta de forma imprevisível sem TTY e abre caminho para escalar privilégios. Troque de usuário com USER em volta dos comandos que precisam de root.',
    },
    examples: { bad: 'USER app\nRUN sudo apt-get install -y curl', good: 'USER root\nRUN apt-get install -y curl\nUSER app' },
    messages: {
      noSudo: { en: 'Do not use sudo in RUN: use USER to switch to root and back.', 'pt-BR': 'Não use sudo no RUN: use USER para trocar para root e voltar.' },
    },
  },
  check(model, report) {
    for (const instruction of model.instructions) {
      // ONBUILD RUN sudo … runs in every child image's build.
      const run = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
      if (run?.keyword !== 'RUN') continue;
      for (const command of run.shell?.commands ?? []) {
        if (command.name === 'sudo') report({ messageId: 'noSudo', range: command.words[0].range });
      }
      if (run.json && run.json[0]?.split('/').pop() === 'sudo') report({ messageId: 'noSudo', range: run.argsRange ?? run.keywordRange });
    }
  },
});
