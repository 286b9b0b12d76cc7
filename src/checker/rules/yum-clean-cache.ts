import { defineRule } from '../define-rule.ts';
import { checkCacheCleanup, cleansAll } from '../query/cache-cleanup.ts';

export default defineRule({
  meta: {
    id: 'yum-clean-cache',
    aliases: { hadolint: ['DL3032'], trivy: ['DS-0015'] },
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Clean the yum cache in the same RUN', 'pt-BR': 'Limpe o cache do yum no mesmo RUN' },
    description: {
      en: 'yum keeps downloaded packages and metadata under /var/cache/yum (/var/cache/dnf where yum is dnf). If they are not removed in the same RUN, after the last install, they are frozen into that layer and every pull carries them. End the RUN with `yum clean all`; `yum clean packages` or `metadata` alone leave the other half.',
      'pt-BR': 'O yum guarda pacotes baixados e metadados em /var/cache/yum (/var/cache/dnf onde o yum é o dnf). Se eles não forem removidos no mesmo RUN, depois da última instalação, ficam congelados na camada e vão junto em todo pull. Termine o RUN com `yum clean all`; `yum clean packages` ou `metadata` sozinhos deixam a outra metade.',
    },
    examples: { bad: 'RUN yum install -y httpd', good: 'RUN yum install -y httpd && yum clean all' },
    messages: {
      missingClean: { en: 'No "yum clean all" after this yum command in the same RUN: its cache stays in the layer.', 'pt-BR': 'Falta "yum clean all" depois deste comando yum no mesmo RUN: o cache dele fica na camada.' },
    },
  },
  check(model, report) {
    checkCacheCleanup(model, report, {
      managers: ['yum'],
      cleans: cleansAll,
      cacheDirs: ['/var/cache/yum', '/var/cache/dnf'],
    });
  },
});
