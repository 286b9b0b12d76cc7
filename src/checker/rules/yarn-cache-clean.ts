import { defineRule } from '../define-rule.ts';
import { callsOf, hasCacheMount } from '../query/commands.ts';

/** `yarn`, `yarn install`, `yarn --frozen-lockfile`, but not `yarn --version` or `yarn build`. */
function isInstall(args: string[]): boolean {
  if (args[0] === 'install') return true;
  return args.every((arg) => arg.startsWith('-') && !['-v', '--version', '-h', '--help'].includes(arg));
}

export default defineRule({
  meta: {
    id: 'yarn-cache-clean',
    aliases: { hadolint: ['DL3060'] },
    severity: 'info',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Clean the yarn cache after installing', 'pt-BR': 'Limpe o cache do yarn depois de instalar' },
    description: {
      en: 'Yarn (v1) keeps a copy of every downloaded package in its global cache, which lands in the layer next to node_modules. Run `yarn cache clean` in the same RUN, or use a BuildKit cache mount.',
      'pt-BR': 'O Yarn (v1) guarda uma cópia de cada pacote baixado no cache global, que vai parar na camada junto com o node_modules. Rode `yarn cache clean` no mesmo RUN ou use um cache mount do BuildKit.',
    },
    examples: { bad: 'RUN yarn install --frozen-lockfile', good: 'RUN yarn install --frozen-lockfile && yarn cache clean' },
    messages: {
      missingClean: { en: 'yarn install without "yarn cache clean" in the same RUN leaves the cache in the layer.', 'pt-BR': 'yarn install sem "yarn cache clean" no mesmo RUN deixa o cache na camada.' },
    },
  },
  check(model, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN' || hasCacheMount(instruction, ['yarn', '/usr/local/share/.cache'])) continue;
      const calls = callsOf(instruction);
      const install = calls.find((call) => call.name === 'yarn' && isInstall(call.args.map((word) => word.value)));
      if (!install) continue;
      if (calls.some((call) => call.name === 'yarn' && call.args[0]?.value === 'cache' && call.args[1]?.value === 'clean')) continue;
      report({ messageId: 'missingClean', range: install.command.range });
    }
  },
});
