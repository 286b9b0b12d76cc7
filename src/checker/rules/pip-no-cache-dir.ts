import { defineRule } from '../define-rule.ts';
import { hasCacheMount, insertAfter, runCommands, type CommandCall } from '../query/commands.ts';

/** `pip install`, `pip3 install`, `python -m pip install` → the `install` word. */
function pipInstallWord(call: CommandCall) {
  const args = call.args;
  if (/^pip[0-9.]*$/.test(call.name)) return args[0]?.value === 'install' ? args[0] : null;
  if (/^python[0-9.]*$/.test(call.name) && args[0]?.value === '-m' && /^pip[0-9.]*$/.test(args[1]?.value ?? '')) {
    return args[2]?.value === 'install' ? args[2] : null;
  }
  return null;
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
      en: 'pip keeps every downloaded wheel in ~/.cache/pip, which is useless inside an image and often as big as the packages themselves. `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`, or a BuildKit cache mount) keeps it out of the layer.',
      'pt-BR': 'O pip guarda cada wheel baixado em ~/.cache/pip, o que não serve para nada dentro da imagem e costuma ser tão grande quanto os próprios pacotes. `--no-cache-dir` (ou `PIP_NO_CACHE_DIR=1`, ou um cache mount do BuildKit) mantém esse cache fora da camada.',
    },
    examples: { bad: 'RUN pip install -r requirements.txt', good: 'RUN pip install --no-cache-dir -r requirements.txt' },
    messages: {
      missingNoCacheDir: { en: 'Add --no-cache-dir so pip\'s download cache does not stay in the layer.', 'pt-BR': 'Adicione --no-cache-dir para o cache de downloads do pip não ficar na camada.' },
    },
  },
  check(model, report) {
    for (const { instruction, call } of runCommands(model)) {
      const install = pipInstallWord(call);
      if (!install) continue;
      if (call.args.some((word) => word.value === '--no-cache-dir' || word.value.startsWith('--no-cache-dir='))) continue;
      if (instruction.variables.has('PIP_NO_CACHE_DIR') || call.command.assignments.some((word) => word.value.startsWith('PIP_NO_CACHE_DIR='))) continue;
      if (hasCacheMount(instruction, ['/root/.cache', '.cache/pip'])) continue;
      report({ messageId: 'missingNoCacheDir', range: call.command.range, fix: [insertAfter(install, ' --no-cache-dir')] });
    }
  },
});
