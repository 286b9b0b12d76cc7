import { defineRule } from '../define-rule.ts';
import { actionOf, managerOf } from '../query/package-managers.ts';
import { runCommands } from '../query/run-instructions.ts';

export default defineRule({
  meta: {
    id: 'zypper-dist-upgrade',
    aliases: { hadolint: ['DL3035'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Avoid zypper dist-upgrade', 'pt-BR': 'Evite zypper dist-upgrade' },
    description: {
      en: '`zypper dist-upgrade` (`dup`) moves the system to whatever the repositories hold today, installing, replacing and removing packages as needed, so the image no longer matches the base image its maintainers tested, and every rebuild can produce a different system. To get fixes, build on a newer base image tag; if you must patch inside the image, `zypper patch` applies the official updates of the release.',
      'pt-BR': 'O `zypper dist-upgrade` (`dup`) leva o sistema para o que os repositórios tiverem hoje, instalando, trocando e removendo pacotes quando precisa, então a imagem deixa de corresponder à imagem base que quem a mantém testou, e cada build pode gerar um sistema diferente. Para receber correções, use uma tag mais nova da imagem base; se precisar corrigir dentro da imagem, o `zypper patch` aplica as atualizações oficiais da versão.',
    },
    examples: { bad: 'RUN zypper --non-interactive dist-upgrade', good: 'RUN zypper --non-interactive patch && zypper clean' },
    messages: {
      distUpgrade: {
        en: 'Avoid "zypper {subcommand}": use a newer base image, or zypper patch for fixes within the release.',
        'pt-BR': 'Evite "zypper {subcommand}": use uma imagem base mais nova, ou zypper patch para correções dentro da mesma versão.',
      },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      const action = managerOf(call) === 'zypper' ? actionOf(call) : null;
      if (action === 'dist-upgrade' || action === 'dup') report({ messageId: 'distUpgrade', data: { subcommand: action }, range: call.command.range });
    }
  },
});
