import { defineRule } from '../define-rule.ts';
import { checkPinning, unpinnedGemPackages } from '../query/pinning.ts';

export default defineRule({
  meta: {
    id: 'pin-gem-packages',
    aliases: { hadolint: ['DL3028'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Pin versions in gem install', 'pt-BR': 'Fixe as versões no gem install' },
    description: {
      en: 'Without a version, `gem install bundler` installs the newest release on RubyGems on the day of the build, so the same Dockerfile can produce different images. Name the version (`gem install bundler:2.5.6` or `gem install bundler -v 2.5.6`) for tools you install by name; for the app\'s own gems, copy `Gemfile` with `Gemfile.lock` and run `bundle install`, which installs what the lockfile says. Pins do not update themselves: bump them on purpose.',
      'pt-BR': 'Sem versão, `gem install bundler` instala a versão mais nova do RubyGems no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Indique a versão (`gem install bundler:2.5.6` ou `gem install bundler -v 2.5.6`) das ferramentas que você instala pelo nome; para as gems da própria aplicação, copie o `Gemfile` junto com o `Gemfile.lock` e rode `bundle install`, que instala o que o lockfile diz. Versões fixadas não se atualizam sozinhas: atualize de propósito.',
    },
    examples: { bad: 'RUN gem install bundler', good: 'RUN gem install bundler:2.5.6' },
    messages: {
      unpinned: {
        en: 'No version for {packages} in gem install: pin it with name:version or -v version.',
        'pt-BR': 'Sem versão para {packages} no gem install: fixe com nome:versão ou -v versão.',
      },
    },
  },
  check(model, report) {
    checkPinning(model, report, unpinnedGemPackages);
  },
});
