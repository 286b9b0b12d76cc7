import { defineRule } from '../define-rule.ts';
import { checkCacheCleanup, cleansAll } from '../query/cache-cleanup.ts';

export default defineRule({
  meta: {
    id: 'dnf-clean-cache',
    aliases: { hadolint: ['DL3040'], trivy: ['DS-0019', 'DS-0027'] },
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Clean the dnf cache in the same RUN', 'pt-BR': 'Limpe o cache do dnf no mesmo RUN' },
    description: {
      en: 'dnf and microdnf keep package metadata and downloads under /var/cache (dnf, yum, or libdnf5 for dnf5). Removing them in a later RUN does not shrink the image, because the earlier layer still holds them, and cleaning before installing leaves the new downloads behind. End the installing RUN with `dnf clean all` (`microdnf clean all`), or mount a cache there.',
      'pt-BR': 'O dnf e o microdnf guardam metadados e downloads de pacotes em /var/cache (dnf, yum, ou libdnf5 no dnf5). Apagar isso num RUN posterior não diminui a imagem, porque a camada anterior continua com os arquivos, e limpar antes de instalar deixa para trás o que foi baixado depois. Termine o RUN da instalação com `dnf clean all` (`microdnf clean all`) ou monte um cache ali.',
    },
    examples: { bad: 'RUN dnf install -y nginx', good: 'RUN dnf install -y nginx && dnf clean all' },
    messages: {
      missingClean: { en: 'No "{manager} clean all" after this {manager} command in the same RUN: its cache stays in the layer.', 'pt-BR': 'Falta "{manager} clean all" depois deste comando {manager} no mesmo RUN: o cache dele fica na camada.' },
    },
  },
  check(model, report) {
    checkCacheCleanup(model, report, {
      managers: ['dnf', 'microdnf'],
      cleans: cleansAll,
      // dnf 4 writes /var/cache/dnf, microdnf /var/cache/yum, dnf5 (also behind the dnf and microdnf names) /var/cache/libdnf5.
      cacheDirs: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5', '~/.cache/libdnf5'],
    });
  },
});
