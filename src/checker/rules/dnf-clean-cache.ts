import { defineRule } from '../define-rule.ts';
import { checkCacheCleanup } from '../query/cache-cleanup.ts';
import { subcommandOf } from '../query/package-managers.ts';

export default defineRule({
  meta: {
    id: 'dnf-clean-cache',
    aliases: { hadolint: ['DL3040', 'DL3041'], trivy: ['DS-0019'] },
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Clean the dnf cache in the same RUN', 'pt-BR': 'Limpe o cache do dnf no mesmo RUN' },
    description: {
      en: 'dnf and microdnf keep package metadata and downloads under /var/cache. Removing them in a later RUN does not shrink the image, because the earlier layer still holds them. End the installing RUN with `dnf clean all`.',
      'pt-BR': 'O dnf e o microdnf guardam metadados e downloads de pacotes em /var/cache. Apagar isso num RUN posterior não diminui a imagem, porque a camada anterior continua com os arquivos. Termine o RUN da instalação com `dnf clean all`.',
    },
    examples: { bad: 'RUN dnf install -y nginx', good: 'RUN dnf install -y nginx && dnf clean all' },
    messages: {
      missingClean: { en: '{manager} install without "{manager} clean all" in the same RUN leaves the cache in the layer.', 'pt-BR': '{manager} install sem "{manager} clean all" no mesmo RUN deixa o cache na camada.' },
    },
  },
  check(model, report) {
    checkCacheCleanup(model, report, {
      managers: ['dnf', 'microdnf'],
      installSubcommands: ['install', 'groupinstall', 'reinstall', 'update', 'upgrade'],
      cleans: (call) => (call.name === 'dnf' || call.name === 'microdnf') && subcommandOf(call)?.word.value === 'clean',
      cacheDirs: ['/var/cache/dnf', '/var/cache/yum'],
    });
  },
});
