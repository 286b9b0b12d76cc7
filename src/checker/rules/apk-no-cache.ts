import { defineRule } from '../define-rule.ts';
import { callsOf, insertAfter, type CommandCall } from '../query/commands.ts';
import { cleanedAfter, mountsOver, removesPath } from '../query/cache-cleanup.ts';
import { managerOf, refreshesIndex, subcommandOf } from '../query/package-managers.ts';
import { runInstructions } from '../query/run-instructions.ts';

const CACHE_DIRS = ['/var/cache/apk'];

export default defineRule({
  meta: {
    id: 'apk-no-cache',
    aliases: { hadolint: ['DL3019'], trivy: ['DS-0025'] },
    severity: 'info',
    fixable: true,
    lesson: 'small-images',
    title: { en: 'Use apk add --no-cache', 'pt-BR': 'Use apk add --no-cache' },
    description: {
      en: 'Without `--no-cache`, apk stores the package index in /var/cache/apk and it stays in the layer. `apk add --no-cache` fetches a fresh index, installs, and leaves nothing behind; no separate `apk update` is needed (it would write the index again). Otherwise remove /var/cache/apk/* after the last apk command, or mount a cache there.',
      'pt-BR': 'Sem `--no-cache`, o apk guarda o índice de pacotes em /var/cache/apk e ele fica na camada. O `apk add --no-cache` baixa um índice novo, instala e não deixa nada para trás; nem precisa de `apk update` separado (ele gravaria o índice de novo). Se não, apague /var/cache/apk/* depois do último comando apk ou monte um cache ali.',
    },
    examples: { bad: 'RUN apk update && apk add curl', good: 'RUN apk add --no-cache curl' },
    messages: {
      missingNoCache: { en: 'Use "apk add --no-cache" so the package index does not stay in the layer.', 'pt-BR': 'Use "apk add --no-cache" para o índice de pacotes não ficar na camada.' },
      indexLeft: { en: '"apk update" saves the package index in /var/cache/apk, where it stays in the layer; "apk add --no-cache" does not need it.', 'pt-BR': '"apk update" salva o índice de pacotes em /var/cache/apk, onde ele fica na camada; o "apk add --no-cache" não precisa dele.' },
    },
  },
  check(model, report) {
    for (const { run } of runInstructions(model)) {
      if (mountsOver(run, CACHE_DIRS)) continue;
      const calls = callsOf(run);
      const uncleaned = calls.filter((call, index) => managerOf(call) === 'apk' && !cleanedAfter(calls, index, (later) => removesPath(later, CACHE_DIRS)));
      // `--no-network` installs from what is already on disk and downloads no index.
      const keepsIndex = (call: CommandCall) => !call.args.some((word) => word.value === '--no-cache' || word.value === '--no-network');
      const addsWithCache = uncleaned.filter((call) => subcommandOf(call)?.word.value === 'add' && keepsIndex(call));
      for (const call of addsWithCache) report({ messageId: 'missingNoCache', range: call.command.range, fix: [insertAfter(subcommandOf(call)!.word, ' --no-cache')] });
      // Once every add uses --no-cache, a separate `apk update` is what still leaves the index behind.
      if (addsWithCache.length === 0) for (const call of uncleaned.filter((call) => refreshesIndex(call) && keepsIndex(call))) report({ messageId: 'indexLeft', range: call.command.range });
    }
  },
});
