import { defineRule } from '../define-rule.ts';
import { callsOf, hasCacheMount, insertAfter } from '../query/commands.ts';
import { removesPath } from '../query/cache-cleanup.ts';
import { subcommandOf } from '../query/package-managers.ts';

export default defineRule({
  meta: {
    id: 'apk-no-cache',
    aliases: { hadolint: ['DL3019'] },
    severity: 'info',
    fixable: true,
    lesson: 'small-images',
    title: { en: 'Use apk add --no-cache', 'pt-BR': 'Use apk add --no-cache' },
    description: {
      en: 'Without `--no-cache`, apk stores the package index in /var/cache/apk and it stays in the layer. `apk add --no-cache` fetches a fresh index, installs, and leaves nothing behind; no separate `apk update` is needed.',
      'pt-BR': 'Sem `--no-cache`, o apk guarda o índice de pacotes em /var/cache/apk e ele fica na camada. O `apk add --no-cache` baixa um índice novo, instala e não deixa nada para trás; nem precisa de `apk update` separado.',
    },
    examples: { bad: 'RUN apk update && apk add curl', good: 'RUN apk add --no-cache curl' },
    messages: {
      missingNoCache: { en: 'Use "apk add --no-cache" so the package index does not stay in the layer.', 'pt-BR': 'Use "apk add --no-cache" para o índice de pacotes não ficar na camada.' },
    },
  },
  check(model, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN' || !instruction.shell || hasCacheMount(instruction, ['/var/cache/apk', '/etc/apk/cache'])) continue;
      const calls = callsOf(instruction);
      if (calls.some((call) => removesPath(call, ['/var/cache/apk']) || (call.name === 'apk' && subcommandOf(call)?.word.value === 'cache'))) continue;
      for (const call of calls) {
        if (call.name !== 'apk') continue;
        const sub = subcommandOf(call);
        if (sub?.word.value !== 'add' || call.args.some((word) => word.value === '--no-cache')) continue;
        report({ messageId: 'missingNoCache', range: call.command.range, fix: [insertAfter(sub.word, ' --no-cache')] });
      }
    }
  },
});
