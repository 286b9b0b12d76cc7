import { defineRule } from '../define-rule.ts';
import type { Instruction } from '../model/types.ts';
import { callsOf, type CommandCall } from '../query/commands.ts';
import { pathCovers } from '../query/cache-cleanup.ts';
import { installsPackages, packageName, packagesOf, refreshesIndex, subcommandOf } from '../query/package-managers.ts';

const INSTALL: Record<string, string[]> = { 'apt-get': ['install'], apt: ['install'], apk: ['add'], yum: ['install'], dnf: ['install'], zypper: ['install', 'in'] };
const REMOVE: Record<string, string[]> = { 'apt-get': ['remove', 'purge'], apt: ['remove', 'purge'], apk: ['del'], yum: ['remove', 'erase'], dnf: ['remove', 'erase'], zypper: ['remove', 'rm'] };
const CACHE_DIRS = ['/var/lib/apt/lists', '/var/cache/apt', '/var/cache/apk', '/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5', '/var/cache/zypp', '/root/.cache'];
/** The word of an `rm` that removes a cache directory, something in it, or a directory above it (`/var/cache/*`). */
const cacheWord = (call: CommandCall) =>
  call.name === 'rm' ? call.args.find((word) => !word.value.startsWith('-') && CACHE_DIRS.some((dir) => word.value.startsWith(dir) || pathCovers(word.value, dir))) : undefined;

export default defineRule({
  meta: {
    id: 'install-and-remove-separate-layers',
    aliases: {},
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Remove files in the RUN that created them', 'pt-BR': 'Remova arquivos no mesmo RUN que os criou' },
    description: {
      en: 'Each RUN is a layer, and a later layer can only hide files, never take them out of the image. Installing build tools in one RUN and removing them (or cleaning caches) in another leaves the full size in the image. Install, use and remove within a single RUN, or use a multi-stage build.',
      'pt-BR': 'Cada RUN é uma camada, e uma camada posterior só consegue esconder arquivos, nunca tirá-los da imagem. Instalar ferramentas de build num RUN e removê-las (ou limpar caches) em outro deixa o tamanho inteiro na imagem. Instale, use e remova dentro de um único RUN, ou use um build multi-stage.',
    },
    examples: {
      bad: 'RUN apt-get update && apt-get install -y gcc\nRUN make\nRUN apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*',
      good: 'RUN apt-get update && apt-get install -y gcc \\\n && make \\\n && apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*',
    },
    messages: {
      removedLater: { en: '{item} was added by the RUN on line {line}: removing it in a later RUN does not make the image smaller.', 'pt-BR': '{item} foi adicionado pelo RUN da linha {line}: remover num RUN posterior não diminui a imagem.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      const installedBy = new Map<string, Instruction>();
      let cacheWrittenBy: Instruction | null = null;
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        const calls = callsOf(instruction);
        const installsHere = calls.some((call) => installsPackages(call) || refreshesIndex(call));
        for (const call of calls) {
          const sub = subcommandOf(call)?.word.value ?? '';
          if (REMOVE[call.name]?.includes(sub)) {
            for (const word of packagesOf(call)) {
              const earlier = installedBy.get(packageName(word.value));
              if (earlier && earlier !== instruction) report({ messageId: 'removedLater', data: { item: word.value, line: earlier.range.line }, range: word.range });
            }
          }
          if (!installsHere && cacheWrittenBy) {
            const cache = cacheWord(call);
            if (cache) report({ messageId: 'removedLater', data: { item: cache.value, line: cacheWrittenBy.range.line }, range: cache.range });
          }
        }
        for (const call of calls) {
          if (INSTALL[call.name]?.includes(subcommandOf(call)?.word.value ?? '')) {
            for (const word of packagesOf(call)) installedBy.set(packageName(word.value), instruction);
          }
        }
        const cleansHere = calls.some((call) => cacheWord(call) !== undefined);
        if (installsHere && !cleansHere && !calls.some((call) => call.args.some((word) => word.value === '--no-cache'))) cacheWrittenBy = instruction;
        else if (cleansHere) cacheWrittenBy = null;
      }
    }
  },
});
