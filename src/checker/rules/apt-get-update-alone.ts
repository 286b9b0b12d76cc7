import { defineRule } from '../define-rule.ts';
import { callsOf } from '../query/commands.ts';
import { subcommandOf } from '../query/package-managers.ts';

const UPDATES: Record<string, string[]> = { 'apt-get': ['update'], apt: ['update'], apk: ['update'] };
const INSTALLS: Record<string, string[]> = { 'apt-get': ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source'], apt: ['install', 'upgrade', 'full-upgrade'], apk: ['add', 'upgrade', 'fix'] };

export default defineRule({
  meta: {
    id: 'apt-get-update-alone',
    aliases: { trivy: ['DS-0017'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Update and install in the same RUN', 'pt-BR': 'Atualize e instale no mesmo RUN' },
    description: {
      en: 'A RUN with only `apt-get update` is cached on its own: later builds reuse the old package lists while a changed install line asks for versions that no longer exist. Run update and install together in one RUN so they are always cached together.',
      'pt-BR': 'Um RUN só com `apt-get update` entra no cache sozinho: builds seguintes reaproveitam as listas antigas enquanto uma linha de instalação alterada pede versões que já não existem. Rode update e install juntos num único RUN para o cache valer para os dois.',
    },
    examples: { bad: 'RUN apt-get update\nRUN apt-get install -y curl', good: 'RUN apt-get update && apt-get install -y curl' },
    messages: {
      updateAlone: { en: '"{command}" is in a RUN without an install: the cached package lists go stale.', 'pt-BR': '"{command}" está num RUN sem instalação: as listas de pacotes em cache ficam velhas.' },
    },
  },
  check(model, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN' || !instruction.shell) continue;
      const calls = callsOf(instruction);
      const update = calls.find((call) => UPDATES[call.name]?.includes(subcommandOf(call)?.word.value ?? ''));
      if (!update) continue;
      if (calls.some((call) => INSTALLS[call.name]?.includes(subcommandOf(call)?.word.value ?? ''))) continue;
      report({ messageId: 'updateAlone', data: { command: `${update.name} update` }, range: update.command.range });
    }
  },
});
