import { defineRule } from '../define-rule.ts';
import { checkPinning, unpinnedAptPackages } from '../query/pinning.ts';

export default defineRule({
  meta: {
    id: 'pin-apt-packages',
    aliases: { hadolint: ['DL3008'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Pin versions in apt-get install', 'pt-BR': 'Fixe as versões no apt-get install' },
    description: {
      en: 'Without a version, `apt-get install curl` installs whatever the mirror offers on the day of the build, so the same Dockerfile can produce different images. Pinning (`curl=7.88.1-10+deb12u8`, or `curl=7.88.*`) makes the build repeatable and busts the cache when you change it, but Debian and Ubuntu mirrors drop superseded versions: a pinned build can break after a security update, and the updates become your job. Pin the packages whose version matters to you, and rebuild regularly for the rest.',
      'pt-BR': 'Sem versão, `apt-get install curl` instala o que o mirror tiver no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Fixar a versão (`curl=7.88.1-10+deb12u8`, ou `curl=7.88.*`) deixa o build repetível e invalida o cache quando você a muda, mas os mirrors do Debian e do Ubuntu removem as versões substituídas: um build fixado pode quebrar depois de uma atualização de segurança, e atualizar passa a ser trabalho seu. Fixe os pacotes cuja versão importa para você e refaça o build com frequência para o resto.',
    },
    examples: {
      bad: 'RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
      good: 'RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*',
    },
    messages: {
      unpinned: {
        en: 'No version for {packages} in {manager} install: pin it with name=version (e.g. curl=7.88.*) if this image must be reproducible.',
        'pt-BR': 'Sem versão para {packages} no {manager} install: fixe com nome=versão (por exemplo curl=7.88.*) se esta imagem precisa ser reproduzível.',
      },
    },
  },
  check(model, report) {
    checkPinning(model, report, unpinnedAptPackages);
  },
});
