import { defineRule } from '../define-rule.ts';
import { checkPinning, unpinnedNpmPackages } from '../query/pinning.ts';

export default defineRule({
  meta: {
    id: 'pin-npm-packages',
    aliases: { hadolint: ['DL3016'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Pin versions in npm install', 'pt-BR': 'Fixe as versões no npm install' },
    description: {
      en: 'Without a version, `npm install -g typescript` installs whatever is tagged `latest` on the day of the build, so the same Dockerfile can produce different images. Name the version (`typescript@5.6.3`) for tools you install by name; for the app\'s own dependencies, copy `package.json` with `package-lock.json` and run `npm ci`, which installs exactly what the lockfile says. Pins do not update themselves: bump them on purpose, for example with a dependency bot.',
      'pt-BR': 'Sem versão, `npm install -g typescript` instala o que estiver marcado como `latest` no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Indique a versão (`typescript@5.6.3`) das ferramentas que você instala pelo nome; para as dependências da própria aplicação, copie o `package.json` junto com o `package-lock.json` e rode `npm ci`, que instala exatamente o que o lockfile diz. Versões fixadas não se atualizam sozinhas: atualize de propósito, por exemplo com um bot de dependências.',
    },
    examples: { bad: 'RUN npm install -g typescript', good: 'RUN npm install -g typescript@5.6.3' },
    messages: {
      unpinned: {
        en: 'No version for {packages} in npm install: pin it with name@version, or let package-lock.json decide with npm ci.',
        'pt-BR': 'Sem versão para {packages} no npm install: fixe com nome@versão, ou deixe o package-lock.json decidir com npm ci.',
      },
    },
  },
  check(model, report) {
    checkPinning(model, report, unpinnedNpmPackages);
  },
});
