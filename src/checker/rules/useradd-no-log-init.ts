import { defineRule } from '../define-rule.ts';
import { insertAfter } from '../query/commands.ts';
import { runCommands } from '../query/run-instructions.ts';

export default defineRule({
  meta: {
    id: 'useradd-no-log-init',
    aliases: { hadolint: ['DL3046'] },
    severity: 'warning',
    fixable: true,
    lesson: 'security-layers',
    title: { en: 'Use useradd -l with a high UID', 'pt-BR': 'Use useradd -l com UID alto' },
    description: {
      en: 'useradd reserves space for every UID up to the new one in /var/log/lastlog and faillog, so a UID such as 100000000 creates a sparse file that layer tarballs store at full size (gigabytes). `-l` (`--no-log-init`) skips those logs.',
      'pt-BR': 'O useradd reserva espaço para todos os UIDs até o novo em /var/log/lastlog e faillog, então um UID como 100000000 cria um arquivo esparso que o tar da camada guarda no tamanho cheio (gigabytes). O `-l` (`--no-log-init`) pula esses logs.',
    },
    examples: { bad: 'RUN useradd -u 123456789 app', good: 'RUN useradd -l -u 123456789 app' },
    messages: {
      missingNoLogInit: { en: 'useradd with UID {uid} and no -l writes a huge sparse lastlog into the layer.', 'pt-BR': 'useradd com UID {uid} e sem -l grava um lastlog esparso enorme na camada.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (call.name !== 'useradd') continue;
      const args = call.args;
      if (args.some((word) => word.value === '-l' || word.value === '--no-log-init' || /^-[a-zA-Z]*l[a-zA-Z]*$/.test(word.value))) continue;
      let uid = '';
      args.forEach((word, i) => {
        if ((word.value === '-u' || word.value === '--uid') && args[i + 1]) uid = args[i + 1].value;
        else if (word.value.startsWith('--uid=')) uid = word.value.slice('--uid='.length);
      });
      if (!/^\d{6,}$/.test(uid)) continue;
      report({ messageId: 'missingNoLogInit', data: { uid }, range: call.command.range, fix: [insertAfter(call.nameWord, ' -l')] });
    }
  },
});
