import { defineRule } from '../define-rule.ts';
import { replaceWord } from '../query/commands.ts';
import { runCommands } from '../query/run-instructions.ts';
import { subcommandOf } from '../query/package-managers.ts';

const SAME_IN_APT_GET = new Set(['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'clean', 'dist-upgrade', 'full-upgrade']);

export default defineRule({
  meta: {
    id: 'prefer-apt-get',
    aliases: { hadolint: ['DL3027'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Use apt-get, not apt, in scripts', 'pt-BR': 'Use apt-get, e não apt, em scripts' },
    description: {
      en: '`apt` is meant for people at a terminal: its output and behaviour may change between releases and it warns that its interface is not stable. `apt-get` is the stable interface for scripts such as a Dockerfile.',
      'pt-BR': 'O `apt` foi feito para quem está no terminal: a saída e o comportamento podem mudar entre versões, e ele mesmo avisa que a interface não é estável. O `apt-get` é a interface estável para scripts, como um Dockerfile.',
    },
    examples: { bad: 'RUN apt update && apt install -y curl', good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl' },
    messages: {
      useAptGet: { en: 'Use apt-get instead of apt in a Dockerfile.', 'pt-BR': 'Use apt-get em vez de apt no Dockerfile.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (call.name !== 'apt') continue;
      const sub = subcommandOf(call)?.word.value ?? '';
      const fixable = SAME_IN_APT_GET.has(sub) && call.nameWord.value === 'apt';
      report({ messageId: 'useAptGet', range: call.nameWord.range, fix: fixable ? [replaceWord(call.nameWord, 'apt-get')] : undefined });
    }
  },
});
