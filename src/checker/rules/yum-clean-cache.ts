import { defineRule } from '../define-rule.ts';
import { checkCacheCleanup } from '../query/cache-cleanup.ts';
import { subcommandOf } from '../query/package-managers.ts';

export default defineRule({
  meta: {
    id: 'yum-clean-cache',
    aliases: { hadolint: ['DL3032'], trivy: ['DS-0015'] },
    severity: 'warning',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Clean the yum cache in the same RUN', 'pt-BR': 'Limpe o cache do yum no mesmo RUN' },
    description: {
      en: 'yum keeps downloaded packages and metadata under /var/cache/yum. If they are not removed in the same RUN that installs, they are frozen into that layer and every pull carries them. End the RUN with `yum clean all`.',
      'pt-BR': 'O yum guarda pacotes baixados e metadados em /var/cache/yum. Se eles não forem removidos no mesmo RUN da instalação, ficam congelados na camada e vão junto em todo pull. Termine o RUN com `yum clean all`.',
    },
    examples: { bad: 'RUN yum install -y httpd', good: 'RUN yum install -y httpd && yum clean all' },
    messages: {
      missingClean: { en: 'yum install without "yum clean all" in the same RUN leaves the cache in the layer.', 'pt-BR': 'yum install sem "yum clean all" no mesmo RUN deixa o cache na camada.' },
    },
  },
  check(model, report) {
    checkCacheCleanup(model, report, {
      managers: ['yum'],
      installSubcommands: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade'],
      cleans: (call) => call.name === 'yum' && subcommandOf(call)?.word.value === 'clean',
      cacheDirs: ['/var/cache/yum'],
    });
  },
});
