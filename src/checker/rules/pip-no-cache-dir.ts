import { defineRule } from '../define-rule.ts';
import type { Word } from '../model/types.ts';
import { callsOf, insertAfter, positionals, variableFor, type CommandCall } from '../query/commands.ts';
import { cleanedAfter, mountsOver, removesPath } from '../query/cache-cleanup.ts';
import { runInstructions } from '../query/run-instructions.ts';

const CACHE_DIRS = ['~/.cache/pip'];
const PIP_VALUE_OPTIONS = new Set(['--proxy', '--cache-dir', '--log', '--log-file', '--timeout', '--retries', '--exists-action', '--trusted-host', '--cert', '--client-cert', '--python', '--use-feature', '--use-deprecated']);
/** pip's strtobool "false" values: pip still turns the cache off for them, as for the "true" ones. */
const FALSE_VALUES = /^(?:0|n|no|f|false|off)$/i;

/** `pip install`, `pip3 --quiet install`, `python -m pip install` → the `install` word. */
function pipInstallWord(call: CommandCall): Word | null {
  let args = call.args;
  if (/^python[0-9.]*$/.test(call.name)) {
    const module = args.findIndex((word) => word.value === '-m');
    if (module === -1 || !/^pip[0-9.]*$/.test(args[module + 1]?.value ?? '') || args.slice(0, module).some((word) => !word.value.startsWith('-'))) return null;
    args = args.slice(module + 2);
  } else if (!/^pip[0-9.]*$/.test(call.name)) {
    return null;
  }
  const [sub] = positionals(args, PIP_VALUE_OPTIONS);
  return sub?.value === 'install' ? sub : null;
}

export default defineRule({
  meta: {
    id: 'pip-no-cache-dir',
    aliases: { hadolint: ['DL3042'] },
    severity: 'warning',
    fixable: true,
    lesson: 'small-images',
    title: { en: 'Use pip install --no-cache-dir', 'pt-BR': 'Use pip install --no-cache-dir' },
    description: {
      en: 'pip keeps every downloaded wheel in ~/.cache/pip, which is useless inside an image and often as big as the packages themselves. `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`, or a BuildKit cache mount) keeps it out of the layer. pip turns the cache off for any value of PIP_NO_CACHE_DIR, so `PIP_NO_CACHE_DIR=0` or `false` means the opposite of what it says: write 1.',
      'pt-BR': 'O pip guarda cada wheel baixado em ~/.cache/pip, o que não serve para nada dentro da imagem e costuma ser tão grande quanto os próprios pacotes. `--no-cache-dir` (ou `PIP_NO_CACHE_DIR=1`, ou um cache mount do BuildKit) mantém esse cache fora da camada. O pip desliga o cache com qualquer valor de PIP_NO_CACHE_DIR, então `PIP_NO_CACHE_DIR=0` ou `false` quer dizer o contrário do que parece: escreva 1.',
    },
    examples: { bad: 'RUN pip install -r requirements.txt', good: 'RUN pip install --no-cache-dir -r requirements.txt' },
    messages: {
      missingNoCacheDir: { en: 'Add --no-cache-dir so pip\'s download cache does not stay in the layer.', 'pt-BR': 'Adicione --no-cache-dir para o cache de downloads do pip não ficar na camada.' },
      misleadingValue: {
        en: 'PIP_NO_CACHE_DIR={value} reads as "keep the cache", yet pip turns its cache off for any value: write PIP_NO_CACHE_DIR=1 so the Dockerfile says what happens.',
        'pt-BR': 'PIP_NO_CACHE_DIR={value} parece dizer "mantenha o cache", mas o pip desliga o cache com qualquer valor: escreva PIP_NO_CACHE_DIR=1 para o Dockerfile dizer o que acontece.',
      },
    },
  },
  check(model, report) {
    for (const { run, host } of runInstructions(model)) {
      if (mountsOver(run, CACHE_DIRS)) continue;
      const calls = callsOf(run);
      calls.forEach((call, index) => {
        const install = pipInstallWord(call);
        if (!install || call.args.some((word) => word.value === '--no-cache-dir')) return;
        if (cleanedAfter(calls, index, (next) => removesPath(next, CACHE_DIRS) || (/^pip[0-9.]*$/.test(next.name) && next.args[0]?.value === 'cache' && next.args[1]?.value === 'purge'))) return;
        // A trigger sees the ENV of the image it was declared in.
        const value = variableFor(call, 'PIP_NO_CACHE_DIR') ?? (run === host ? null : (host.variables.get('PIP_NO_CACHE_DIR') ?? null));
        if (value === null || value === '') report({ messageId: 'missingNoCacheDir', range: call.command.range, fix: [insertAfter(install, ' --no-cache-dir')] });
        else if (FALSE_VALUES.test(value)) report({ messageId: 'misleadingValue', data: { value }, range: call.command.range });
      });
    }
  },
});
