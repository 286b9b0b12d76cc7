import { defineRule } from '../define-rule.ts';
import { aptAssumesYes } from '../query/apt-answers.ts';
import { insertAfter } from '../query/commands.ts';
import { runCommands } from '../query/run-instructions.ts';
import { subcommandOf } from '../query/package-managers.ts';

/** apt-get and apt subcommands that ask "Do you want to continue? [Y/n]" before changing packages. */
const ASKS = new Set(['install', 'reinstall', 'remove', 'purge', 'autoremove', 'autopurge', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep']);

export default defineRule({
  meta: {
    id: 'apt-assume-yes',
    aliases: { hadolint: ['DL3014'], trivy: ['DS-0021'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Answer yes to apt-get', 'pt-BR': 'Responda sim ao apt-get' },
    description: {
      en: 'A build has no one to answer "Do you want to continue? [Y/n]", so apt-get install (or upgrade, remove…) without `-y` aborts as soon as it needs confirmation. Pass `-y` (`-qq` implies it) so the command runs unattended.',
      'pt-BR': 'No build não há ninguém para responder "Deseja continuar? [S/n]", então um apt-get install (ou upgrade, remove…) sem `-y` aborta assim que precisa de confirmação. Passe `-y` (o `-qq` já o inclui) para o comando rodar sozinho.',
    },
    examples: { bad: 'RUN apt-get install curl', good: 'RUN apt-get install -y curl' },
    messages: {
      missingYes: { en: '"{command}" without -y waits for a confirmation no one can give during a build.', 'pt-BR': '"{command}" sem -y espera uma confirmação que ninguém pode dar durante o build.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (call.name !== 'apt-get' && call.name !== 'apt') continue;
      const sub = subcommandOf(call);
      if (!sub || !ASKS.has(sub.word.value) || aptAssumesYes(call)) continue;
      report({ messageId: 'missingYes', data: { command: `${call.name} ${sub.word.value}` }, range: call.command.range, fix: [insertAfter(sub.word, ' -y')] });
    }
  },
});
