import { defineRule } from '../define-rule.ts';
import { runCommands } from '../query/run-instructions.ts';

const POINTLESS: Record<string, string> = {
  ssh: 'there is no one to log in during a build',
  vim: 'there is no terminal to edit in',
  nano: 'there is no terminal to edit in',
  shutdown: 'a build step cannot shut the machine down',
  reboot: 'a build step cannot reboot the machine',
  service: 'services started in a RUN stop when that RUN ends',
  systemctl: 'there is no systemd running during a build',
  top: 'it only shows the build process',
  free: 'it reports the build host, not the future container',
  ifconfig: 'the build network is not the container\'s network',
  mount: 'mounts made in a RUN disappear when it ends',
};

export default defineRule({
  meta: {
    id: 'pointless-command-in-run',
    aliases: { hadolint: ['DL3001'] },
    severity: 'info',
    fixable: false,
    lesson: 'what-is-a-container',
    title: { en: 'Commands that make no sense in a build', 'pt-BR': 'Comandos que não fazem sentido no build' },
    description: {
      en: 'Each RUN executes once, without a terminal, in a throwaway container: interactive editors, service managers and system tools either hang the build or do nothing that survives into the image. Configure files directly and start processes with CMD or ENTRYPOINT.',
      'pt-BR': 'Cada RUN executa uma vez, sem terminal, num container descartável: editores interativos, gerenciadores de serviço e ferramentas de sistema ou travam o build ou não fazem nada que sobreviva na imagem. Configure os arquivos diretamente e inicie processos com CMD ou ENTRYPOINT.',
    },
    examples: { bad: 'RUN service nginx start', good: 'CMD ["nginx", "-g", "daemon off;"]' },
    messages: {
      pointless: { en: '"{command}" in RUN is pointless: {reason}.', 'pt-BR': '"{command}" no RUN não faz sentido: {reason}.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      const reason = POINTLESS[call.name];
      if (reason) report({ messageId: 'pointless', data: { command: call.name, reason }, range: call.nameWord.range });
    }
  },
});
