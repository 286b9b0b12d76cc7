import { defineRule } from '../define-rule.ts';
import { checkPinning, unpinnedApkPackages } from '../query/pinning.ts';

export default defineRule({
  meta: {
    id: 'pin-apk-packages',
    aliases: { hadolint: ['DL3018'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Pin versions in apk add', 'pt-BR': 'Fixe as versões no apk add' },
    description: {
      en: 'Without a version, `apk add curl` installs the newest curl of the Alpine branch on the day of the build, so rebuilding can change the image. An exact pin (`curl=8.9.1-r1`) makes the build repeatable, but an Alpine branch keeps only the latest build of each package, so the pin breaks the build as soon as a fix is published. `curl=~8.9` (any 8.9 release) is a softer pin that still receives patch releases.',
      'pt-BR': 'Sem versão, `apk add curl` instala o curl mais novo do branch do Alpine no dia do build, então refazer o build pode mudar a imagem. Uma versão exata (`curl=8.9.1-r1`) deixa o build repetível, mas um branch do Alpine só guarda o build mais recente de cada pacote, então a versão fixada quebra o build assim que sai uma correção. `curl=~8.9` (qualquer versão 8.9) é uma fixação mais flexível, que continua recebendo as versões de correção.',
    },
    examples: { bad: 'RUN apk add --no-cache curl', good: 'RUN apk add --no-cache curl=~8.9' },
    messages: {
      unpinned: {
        en: 'No version for {packages} in apk add: pin it with name=version or name=~version (e.g. curl=~8.9) if this image must be reproducible.',
        'pt-BR': 'Sem versão para {packages} no apk add: fixe com nome=versão ou nome=~versão (por exemplo curl=~8.9) se esta imagem precisa ser reproduzível.',
      },
    },
  },
  check(model, report) {
    checkPinning(model, report, unpinnedApkPackages);
  },
});
