import { defineRule } from '../define-rule.ts';
import { checkCacheCleanup } from '../query/cache-cleanup.ts';
import { installsPackages, subcommandOf } from '../query/package-managers.ts';

export default defineRule({
  meta: {
    id: 'zypper-clean-cache',
    aliases: { hadolint: ['DL3036'], trivy: ['DS-0020'] },
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Clean the zypper cache in the same RUN', 'pt-BR': 'Limpe o cache do zypper no mesmo RUN' },
    description: {
      en: 'zypper keeps repository metadata and packages under /var/cache/zypp, and may refresh that metadata even to remove a package. Run `zypper clean` (`--all` also drops the metadata) after the last zypper command of the RUN, so the cache never reaches a layer.',
      'pt-BR': 'O zypper guarda metadados de repositórios e pacotes em /var/cache/zypp, e pode atualizar esses metadados até para remover um pacote. Rode `zypper clean` (`--all` apaga também os metadados) depois do último comando zypper do RUN, para o cache nunca chegar a uma camada.',
    },
    examples: { bad: 'RUN zypper install -y curl', good: 'RUN zypper install -y curl && zypper clean --all' },
    messages: {
      missingClean: { en: 'No "zypper clean" after this zypper command in the same RUN: its cache stays in the layer.', 'pt-BR': 'Falta "zypper clean" depois deste comando zypper no mesmo RUN: o cache dele fica na camada.' },
    },
  },
  check(model, report) {
    checkCacheCleanup(model, report, {
      managers: ['zypper'],
      writes: (call) => installsPackages(call) || ['remove', 'rm'].includes(subcommandOf(call)?.word.value ?? ''),
      cleans: (call) => ['clean', 'cc'].includes(subcommandOf(call)?.word.value ?? ''),
      cacheDirs: ['/var/cache/zypp'],
    });
  },
});
