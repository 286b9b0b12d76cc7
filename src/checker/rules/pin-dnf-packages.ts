import { defineRule } from '../define-rule.ts';
import { checkPinning, unpinnedDnfPackages } from '../query/pinning.ts';

export default defineRule({
  meta: {
    id: 'pin-dnf-packages',
    aliases: { hadolint: ['DL3041'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Pin versions in dnf install', 'pt-BR': 'Fixe as versões no dnf install' },
    description: {
      en: 'Without a version, `dnf install nginx` (or `microdnf install nginx`) installs the newest build in the enabled repositories on the day of the build, so the same Dockerfile can produce different images. Naming the version (`nginx-1.24.0`, or `nodejs:20` for a module stream) makes the build repeatable, at the price of updating the pin yourself when security fixes arrive. Pin what must not change, and rebuild regularly for the rest.',
      'pt-BR': 'Sem versão, `dnf install nginx` (ou `microdnf install nginx`) instala o build mais novo dos repositórios habilitados no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Indicar a versão (`nginx-1.24.0`, ou `nodejs:20` para um stream de módulo) deixa o build repetível, com o custo de você mesmo atualizar a versão fixada quando saem correções de segurança. Fixe o que não pode mudar e refaça o build com frequência para o resto.',
    },
    examples: { bad: 'RUN dnf install -y nginx && dnf clean all', good: 'RUN dnf install -y nginx-1.24.0 && dnf clean all' },
    messages: {
      unpinned: {
        en: 'No version for {packages} in {manager} install: pin it with name-version (e.g. nginx-1.24.0) if this image must be reproducible.',
        'pt-BR': 'Sem versão para {packages} no {manager} install: fixe com nome-versão (por exemplo nginx-1.24.0) se esta imagem precisa ser reproduzível.',
      },
    },
  },
  check(model, report) {
    checkPinning(model, report, unpinnedDnfPackages);
  },
});
