import { defineRule } from '../define-rule.ts';
import { hasOption, insertAfter } from '../query/commands.ts';
import { runCommands } from '../query/run-instructions.ts';
import { actionOf, managerOf, subcommandOf } from '../query/package-managers.ts';

/** Subcommands that ask "Is this ok [y/N]" before changing packages. */
const CHANGES_PACKAGES = new Set([
  'install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'rei', 'remove', 'rm', 'erase', 'autoremove', 'update', 'upgrade', 'up', 'upgrade-minimal', 'up-min',
  'update-minimal', 'distro-sync', 'dsync', 'downgrade', 'swap', 'group install', 'groups install', 'group remove', 'group upgrade', 'module install',
  'patch', 'dist-upgrade', 'dup', 'source-install', 'si', 'install-new-recommends', 'inr',
]);

export default defineRule({
  meta: {
    id: 'rpm-assume-yes',
    aliases: { hadolint: ['DL3030', 'DL3034', 'DL3038'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Run yum, dnf and zypper non-interactively', 'pt-BR': 'Rode yum, dnf e zypper sem interação' },
    description: {
      en: 'yum, dnf, microdnf and zypper ask for confirmation before changing packages, and a build cannot answer, so the command aborts. Pass `-y` (zypper: `-n` before the subcommand, or `-y` after it) so it runs unattended.',
      'pt-BR': 'O yum, o dnf, o microdnf e o zypper pedem confirmação antes de mexer nos pacotes, e o build não tem como responder, então o comando aborta. Passe `-y` (no zypper: `-n` antes do subcomando ou `-y` depois dele) para ele rodar sozinho.',
    },
    examples: { bad: 'RUN dnf install httpd', good: 'RUN dnf install -y httpd && dnf clean all' },
    messages: {
      missingYes: { en: '{manager} {subcommand} without -y waits for a confirmation no one can give during a build.', 'pt-BR': '{manager} {subcommand} sem -y espera uma confirmação que ninguém pode dar durante o build.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      const manager = managerOf(call);
      if (manager !== 'yum' && manager !== 'dnf' && manager !== 'microdnf' && manager !== 'zypper') continue;
      const sub = subcommandOf(call);
      const action = actionOf(call) ?? '';
      if (!sub || !CHANGES_PACKAGES.has(action)) continue;
      const yes = manager === 'zypper'
        ? hasOption(call.args, { short: 'n', long: ['non-interactive', 'no-confirm'] }) || hasOption(sub.rest, { short: 'y' })
        : hasOption(call.args, { short: 'y', long: ['assumeyes'] }) || call.args.some((word) => /^(?:--setopt=)?assumeyes=(?:1|true|yes)$/i.test(word.value));
      if (yes) continue;
      // `dnf group install` → after `install`.
      const actionEnd = action.includes(' ') ? sub.rest.find((word) => word.value === action.split(' ')[1]) ?? sub.word : sub.word;
      report({ messageId: 'missingYes', data: { manager: call.name, subcommand: action }, range: call.command.range, fix: [insertAfter(actionEnd, ' -y')] });
    }
  },
});
