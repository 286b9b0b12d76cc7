import { defineRule } from '../define-rule.ts';
import { callsOf, hasCacheMount } from '../query/commands.ts';
import { removesPath } from '../query/cache-cleanup.ts';
import { isAptInstall, subcommandOf } from '../query/package-managers.ts';
import { shippedStages } from '../query/stages.ts';

export default defineRule({
  meta: {
    id: 'apt-clean-lists',
    aliases: { hadolint: ['DL3009'] },
    severity: 'info',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Delete the apt lists after installing', 'pt-BR': 'Apague as listas do apt depois de instalar' },
    description: {
      en: '`apt-get update` downloads package lists into /var/lib/apt/lists (tens of MB). Remove them with `rm -rf /var/lib/apt/lists/*` at the end of the same RUN; a later RUN cannot shrink a layer that is already written.',
      'pt-BR': 'O `apt-get update` baixa as listas de pacotes para /var/lib/apt/lists (dezenas de MB). Apague com `rm -rf /var/lib/apt/lists/*` no fim do mesmo RUN; um RUN posterior não consegue diminuir uma camada que já foi gravada.',
    },
    examples: {
      bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      good: 'RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    },
    messages: {
      missingCleanup: { en: 'Remove /var/lib/apt/lists/* in the same RUN as apt-get install to keep the lists out of the image.', 'pt-BR': 'Remova /var/lib/apt/lists/* no mesmo RUN do apt-get install para as listas não irem para a imagem.' },
    },
  },
  check(model, report) {
    const shipped = shippedStages(model);
    for (const stage of shipped) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN' || !instruction.shell || hasCacheMount(instruction, ['/var/lib/apt'])) continue;
        const calls = callsOf(instruction);
        const install = calls.find(isAptInstall);
        // `apt-get dist-clean` (apt 2.7+) removes the lists too.
        if (!install || calls.some((call) => removesPath(call, ['/var/lib/apt/lists']) || (call.name === 'apt-get' && subcommandOf(call)?.word.value === 'dist-clean'))) continue;
        report({ messageId: 'missingCleanup', range: install.command.range });
      }
    }
  },
});
