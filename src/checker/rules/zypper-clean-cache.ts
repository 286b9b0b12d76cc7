import { defineRule } from '../define-rule.ts';
import { checkCacheCleanup } from '../query/cache-cleanup.ts';
import { subcommandOf } from '../query/package-managers.ts';

export default defineRule({
  meta: {
    id: 'zypper-clean-cache',
    aliases: { hadolint: ['DL3036'], trivy: ['DS-0020'] },
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Clean the zypper cache in the same RUN', 'pt-BR': 'Limpe o cache do zypper no mesmo RUN' },
    description: {
      en: 'zypper keeps repository metadata and packages under /var/cache/zypp. Clean it in the RUN that installs, so the cache never reaches a layer.',
      'pt-BR': 'O zypper guarda metadados de repositórios e pacotes em /var/cache/zypp. Limpe no mesmo RUN da instalação, para o cache nunca chegar a uma camada.',
    },
    examples: { bad: 'RUN zypper install -y curl', good: 'RUN zypper install -y curl && zypper clean' },
    messages: {
      missingClean: { en: 'zypper install without "zypper clean" in the same RUN leaves the cache in the layer.', 'pt-BR': 'zypper install sem "zypper clean" no mesmo RUN deixa o cache na camada.' },
    },
  },
  check(model, report) {
    checkCacheCleanup(model, report, {
      managers: ['zypper'],
      installSubcommands: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch'],
      cleans: (call) => call.name === 'zypper' && ['clean', 'cc'].includes(subcommandOf(call)?.word.value ?? ''),
      cacheDirs: ['/var/cache/zypp'],
    });
  },
});
