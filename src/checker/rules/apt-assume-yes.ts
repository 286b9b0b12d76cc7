import { defineRule } from '../define-rule.ts';
import { hasOption, insertAfter, runCommands } from '../query/commands.ts';
import { isAptInstall, subcommandOf } from '../query/package-managers.ts';

export default defineRule({
  meta: {
    id: 'apt-assume-yes',
    aliases: { hadolint: ['DL3014'], trivy: ['DS-0021'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Answer yes to apt-get install', 'pt-BR': 'Responda sim ao apt-get install' },
    description: {
      en: 'A build has no one to answer "Do you want to continue? [Y/n]", so apt-get install without `-y` stops the build (or aborts) as soon as it needs confirmation. Pass `-y` so the install runs unattended.',
      'pt-BR': 'No build não há ninguém para responder "Deseja continuar? [S/n]", então um apt-get install sem `-y` trava ou aborta assim que precisa de confirmação. Passe `-y` para a instalação rodar sozinha.',
    },
    examples: { bad: 'RUN apt-get install curl', good: 'RUN apt-get install -y curl' },
    messages: {
      missingYes: { en: 'apt-get install without -y waits for a confirmation no one can give during a build.', 'pt-BR': 'apt-get install sem -y espera uma confirmação que ninguém pode dar durante o build.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (!isAptInstall(call)) continue;
      if (hasOption(call.args, { short: 'y', long: ['yes', 'assume-yes'] })) continue;
      if (call.args.some((word) => ['-qq', '-q=2', '--quiet=2'].includes(word.value))) continue;
      const sub = subcommandOf(call)!;
      report({ messageId: 'missingYes', range: call.command.range, fix: [insertAfter(sub.word, ' -y')] });
    }
  },
});
