import { defineRule } from '../define-rule.ts';
import { callsOf, type CommandCall } from '../query/commands.ts';
import { mountsOver, removesPath, uncleanedWrite } from '../query/cache-cleanup.ts';
import { runInstructions } from '../query/run-instructions.ts';
import { shippedStages } from '../query/stages.ts';

/** Yarn 1 as root, Yarn 1 as a user, Yarn 2+ global cache. */
const CACHE_DIRS = ['/usr/local/share/.cache/yarn', '~/.cache/yarn', '~/.yarn/berry/cache'];

/** `yarn`, `yarn install`, `yarn --frozen-lockfile`, `yarn add x`, `yarn global add x`, but not `yarn --version` or `yarn build`. */
function downloadsPackages(call: CommandCall): boolean {
  if (call.name !== 'yarn') return false;
  const args = call.args.map((word) => word.value);
  if (['install', 'add'].includes(args[0]) || (args[0] === 'global' && args[1] === 'add')) return true;
  return args.every((arg) => arg.startsWith('-') && !['-v', '--version', '-h', '--help'].includes(arg));
}

function cleansCache(call: CommandCall): boolean {
  return (call.name === 'yarn' && call.args[0]?.value === 'cache' && call.args[1]?.value === 'clean') || removesPath(call, CACHE_DIRS);
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
      en: 'Yarn keeps a copy of every downloaded package in its global cache, which lands in the layer next to node_modules. Run `yarn cache clean` after the last install of the same RUN, or use a BuildKit cache mount. Stages that do not end up in the image (a build stage you only copy from) are not reported.',
      'pt-BR': 'O Yarn guarda uma cópia de cada pacote baixado no cache global, que vai parar na camada junto com o node_modules. Rode `yarn cache clean` depois da última instalação do mesmo RUN ou use um cache mount do BuildKit. Estágios que não chegam à imagem (um estágio de build do qual você só copia) não são apontados.',
    },
    examples: { bad: 'RUN yarn install --frozen-lockfile', good: 'RUN yarn install --frozen-lockfile && yarn cache clean' },
    messages: {
      missingClean: { en: 'No "yarn cache clean" after this yarn command in the same RUN: its cache stays in the layer.', 'pt-BR': 'Falta "yarn cache clean" depois deste comando yarn no mesmo RUN: o cache dele fica na camada.' },
    },
  },
  check(model, report) {
    const shipped = shippedStages(model);
    for (const { run, host } of runInstructions(model)) {
      const stage = model.stages[host.stageIndex];
      // An ONBUILD trigger runs in the child image, which is shipped; a RUN before any FROM is checked as if shipped.
      if ((run === host && stage && !shipped.has(stage)) || mountsOver(run, CACHE_DIRS)) continue;
      const install = uncleanedWrite(callsOf(run), downloadsPackages, cleansCache);
      if (install) report({ messageId: 'missingClean', range: install.command.range });
    }
  },
});
