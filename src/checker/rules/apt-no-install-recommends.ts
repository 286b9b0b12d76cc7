import { defineRule } from '../define-rule.ts';
import { insertAfter } from '../query/commands.ts';
import { runCommands } from '../query/run-instructions.ts';
import { isAptInstall, subcommandOf } from '../query/package-managers.ts';

export default defineRule({
  meta: {
    id: 'apt-no-install-recommends',
    aliases: { hadolint: ['DL3015'], trivy: ['DS-0029'] },
    severity: 'info',
    fixable: true,
    lesson: 'small-images',
    title: { en: 'Skip recommended packages', 'pt-BR': 'Não instale os pacotes recomendados' },
    description: {
      en: 'By default apt-get also installs "recommended" packages, which often doubles what lands in the layer without the image needing it. `--no-install-recommends` installs only what you asked for and its real dependencies.',
      'pt-BR': 'Por padrão o apt-get também instala os pacotes "recomendados", o que muitas vezes dobra o que vai para a camada sem a imagem precisar disso. Com `--no-install-recommends` só entra o que você pediu e as dependências de verdade.',
    },
    examples: { bad: 'RUN apt-get install -y curl', good: 'RUN apt-get install -y --no-install-recommends curl' },
    messages: {
      missingFlag: { en: 'Add --no-install-recommends to avoid installing packages the image does not need.', 'pt-BR': 'Adicione --no-install-recommends para não instalar pacotes de que a imagem não precisa.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (!isAptInstall(call)) continue;
      if (call.args.some((word) => word.value === '--no-install-recommends' || /Install-Recommends=(?:false|0|no)/i.test(word.value))) continue;
      const sub = subcommandOf(call)!;
      report({ messageId: 'missingFlag', range: call.command.range, fix: [insertAfter(sub.word, ' --no-install-recommends')] });
    }
  },
});
