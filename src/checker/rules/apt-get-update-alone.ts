import { defineRule } from '../define-rule.ts';
import { callsOf, type CommandCall } from '../query/commands.ts';
import { actionOf, installsPackages, managerOf, refreshesIndex, upgradesAll } from '../query/package-managers.ts';
import { runInstructions } from '../query/run-instructions.ts';

/** `apt-get update`, `apk update`, `zypper refresh`, or an rpm manager's upgrade of everything (`yum update`, `dnf up`). */
function isUpdate(call: CommandCall): boolean {
  const manager = managerOf(call);
  return refreshesIndex(call) || (manager !== null && manager !== 'apt' && manager !== 'apk' && upgradesAll(call));
}

export default defineRule({
  meta: {
    id: 'apt-get-update-alone',
    aliases: { trivy: ['DS-0017'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Update and install in the same RUN', 'pt-BR': 'Atualize e instale no mesmo RUN' },
    description: {
      en: 'A RUN with only `apt-get update` (or `apk update`, `zypper refresh`, `dnf makecache`) is cached on its own: later builds reuse the old package lists while a changed install line asks for versions that no longer exist. A RUN that only upgrades everything (`yum update`, `dnf upgrade`, `zypper up`) is cached the same way: rebuilds keep the upgrades of the first build. Run update and install together in one RUN, in that order, so they are always cached together.',
      'pt-BR': 'Um RUN só com `apt-get update` (ou `apk update`, `zypper refresh`, `dnf makecache`) entra no cache sozinho: builds seguintes reaproveitam as listas antigas enquanto uma linha de instalação alterada pede versões que já não existem. Um RUN que só atualiza tudo (`yum update`, `dnf upgrade`, `zypper up`) entra no cache do mesmo jeito: os rebuilds mantêm as atualizações do primeiro build. Rode update e install juntos num único RUN, nessa ordem, para o cache valer para os dois.',
    },
    examples: { bad: 'RUN apt-get update\nRUN apt-get install -y curl', good: 'RUN apt-get update && apt-get install -y curl' },
    messages: {
      updateAlone: { en: '"{command}" is in a RUN without an install after it: the cached package lists go stale.', 'pt-BR': '"{command}" está num RUN sem instalação depois dele: as listas de pacotes em cache ficam velhas.' },
      upgradeAlone: {
        en: '"{command}" in a RUN of its own is cached like any layer: rebuilds keep the upgrades of the first build, and a changed install step does not refresh them. Upgrade in the RUN that installs, or use a newer base image.',
        'pt-BR': '"{command}" num RUN só dele entra no cache como qualquer camada: os rebuilds mantêm as atualizações do primeiro build, e uma instalação alterada não as renova. Atualize no RUN que instala ou use uma imagem base mais nova.',
      },
    },
  },
  check(model, report) {
    for (const { run } of runInstructions(model)) {
      const calls = callsOf(run);
      const alone = calls.filter((update, index) => isUpdate(update)
        && !calls.slice(index + 1).some((call) => managerOf(call) === managerOf(update) && installsPackages(call) && !isUpdate(call)));
      const update = alone[alone.length - 1];
      if (!update) continue;
      const messageId = refreshesIndex(update) ? 'updateAlone' : 'upgradeAlone';
      report({ messageId, data: { command: `${update.name} ${actionOf(update)}` }, range: update.command.range });
    }
  },
});
