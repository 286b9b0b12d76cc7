import { defineRule } from '../define-rule.ts';
import { hasOption, insertAfter, runCommands } from '../query/commands.ts';
import { subcommandOf } from '../query/package-managers.ts';

const INSTALL = new Set(['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'remove', 'rm', 'erase', 'update', 'upgrade', 'up']);

export default defineRule({
  meta: {
    id: 'rpm-assume-yes',
    aliases: { hadolint: ['DL3030', 'DL3034', 'DL3038'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Run yum, dnf and zypper non-interactively', 'pt-BR': 'Rode yum, dnf e zypper sem interação' },
    description: {
      en: 'yum, dnf and zypper ask for confirmation before changing packages, and a build cannot answer. Pass `-y` (zypper: `-n` or `-y`) so the command does not stop waiting for input.',
      'pt-BR': 'O yum, o dnf e o zypper pedem confirmação antes de mexer nos pacotes, e o build não tem como responder. Passe `-y` (no zypper: `-n` ou `-y`) para o comando não ficar esperando entrada.',
    },
    examples: { bad: 'RUN dnf install httpd', good: 'RUN dnf install -y httpd && dnf clean all' },
    messages: {
      missingYes: { en: '{manager} {subcommand} without -y waits for a confirmation no one can give during a build.', 'pt-BR': '{manager} {subcommand} sem -y espera uma confirmação que ninguém pode dar durante o build.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (!['yum', 'dnf', 'microdnf', 'zypper'].includes(call.name)) continue;
      const sub = subcommandOf(call);
      if (!sub || !INSTALL.has(sub.word.value)) continue;
      if (call.name === 'microdnf') continue;
      const yes = call.name === 'zypper'
        ? hasOption(call.args, { short: 'n', long: ['non-interactive', 'no-confirm'] }) || hasOption(sub.rest, { short: 'y' })
        : hasOption(call.args, { short: 'y', long: ['assumeyes'] });
      if (yes) continue;
      report({ messageId: 'missingYes', data: { manager: call.name, subcommand: sub.word.value }, range: call.command.range, fix: [insertAfter(sub.word, ' -y')] });
    }
  },
});
