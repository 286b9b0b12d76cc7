import { defineRule } from '../define-rule.ts';
import { runCommands } from '../query/run-instructions.ts';

export default defineRule({
  meta: {
    id: 'use-shell-instruction',
    aliases: { hadolint: ['DL4005'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Use SHELL to change the default shell', 'pt-BR': 'Use SHELL para trocar o shell padrão' },
    description: {
      en: 'Replacing /bin/sh with a symlink to bash changes the shell for every program in the image, including system scripts that expect a POSIX sh. The SHELL instruction changes only the shell Docker uses for the following RUN, CMD and ENTRYPOINT.',
      'pt-BR': 'Trocar o /bin/sh por um link para o bash muda o shell de todos os programas da imagem, inclusive scripts do sistema que esperam um sh POSIX. A instrução SHELL muda só o shell que o Docker usa nos RUN, CMD e ENTRYPOINT seguintes.',
    },
    examples: { bad: 'RUN ln -sf /bin/bash /bin/sh', good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]' },
    messages: {
      useShell: { en: 'Use the SHELL instruction instead of replacing /bin/sh.', 'pt-BR': 'Use a instrução SHELL em vez de substituir o /bin/sh.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (call.name !== 'ln') continue;
      const targets = call.args.filter((word) => !word.value.startsWith('-'));
      if (targets.length >= 2 && targets[targets.length - 1].value === '/bin/sh') report({ messageId: 'useShell', range: call.command.range });
    }
  },
});
