import { defineRule } from '../define-rule.ts';
import { checkPinning, unpinnedYumPackages } from '../query/pinning.ts';

export default defineRule({
  meta: {
    id: 'pin-yum-packages',
    aliases: { hadolint: ['DL3033'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Pin versions in yum install', 'pt-BR': 'Fixe as versões no yum install' },
    description: {
      en: 'Without a version, `yum install httpd` installs the newest build in the enabled repositories on the day of the build, so the same Dockerfile can produce different images. Naming the version (`httpd-2.4.6`, or `nodejs:20` for a module stream) makes the build repeatable, at the price of updating the pin yourself when security fixes arrive. Pin what must not change, and rebuild regularly for the rest.',
      'pt-BR': 'Sem versão, `yum install httpd` instala o build mais novo dos repositórios habilitados no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Indicar a versão (`httpd-2.4.6`, ou `nodejs:20` para um stream de módulo) deixa o build repetível, com o custo de você mesmo atualizar a versão fixada quando saem correções de segurança. Fixe o que não pode mudar e refaça o build com frequência para o resto.',
    },
    examples: { bad: 'RUN yum install -y httpd && yum clean all', good: 'RUN yum install -y httpd-2.4.6 && yum clean all' },
    messages: {
      unpinned: {
        en: 'No version for {packages} in yum install: pin it with name-version (e.g. httpd-2.4.6) if this image must be reproducible.',
        'pt-BR': 'Sem versão para {packages} no yum install: fixe com nome-versão (por exemplo httpd-2.4.6) se esta imagem precisa ser reproduzível.',
      },
    },
  },
  check(model, report) {
    checkPinning(model, report, unpinnedYumPackages);
  },
});
