import { defineRule } from '../define-rule.ts';
import { checkPinning, unpinnedZypperPackages } from '../query/pinning.ts';

export default defineRule({
  meta: {
    id: 'pin-zypper-packages',
    aliases: { hadolint: ['DL3037'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Pin versions in zypper install', 'pt-BR': 'Fixe as versões no zypper install' },
    description: {
      en: 'Without a version, `zypper install nginx` installs the newest build in the repositories on the day of the build, so the same Dockerfile can produce different images. `nginx=1.21.5` pins one version and `nginx>=1.21` sets a floor; both make the build more predictable, at the price of updating the pin yourself when security fixes arrive. Pin what must not change, and rebuild regularly for the rest.',
      'pt-BR': 'Sem versão, `zypper install nginx` instala o build mais novo dos repositórios no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. `nginx=1.21.5` fixa uma versão e `nginx>=1.21` define um mínimo; as duas formas deixam o build mais previsível, com o custo de você mesmo atualizar a versão fixada quando saem correções de segurança. Fixe o que não pode mudar e refaça o build com frequência para o resto.',
    },
    examples: { bad: 'RUN zypper install -y nginx && zypper clean', good: 'RUN zypper install -y nginx=1.21.5 && zypper clean' },
    messages: {
      unpinned: {
        en: 'No version for {packages} in zypper install: pin it with name=version (e.g. nginx=1.21.5) if this image must be reproducible.',
        'pt-BR': 'Sem versão para {packages} no zypper install: fixe com nome=versão (por exemplo nginx=1.21.5) se esta imagem precisa ser reproduzível.',
      },
    },
  },
  check(model, report) {
    checkPinning(model, report, unpinnedZypperPackages);
  },
});
