import { testRule } from '../rule-tester.ts';

testRule('zypper-dist-upgrade', {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive patch',
    'FROM opensuse/leap:15.6\nRUN zypper -n update && zypper clean',
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y dup', name: 'a package named like the subcommand' },
    { code: 'FROM debian:12\nRUN apt-get dist-upgrade -y', name: 'apt is another rule\'s business' },
  ],
  invalid: [
    { code: 'FROM opensuse/tumbleweed\nRUN zypper dist-upgrade', errors: [{ messageId: 'distUpgrade', line: 2, column: 5, endLine: 2, endColumn: 24 }] },
    { code: 'FROM opensuse/tumbleweed\nRUN zypper -n dup', errors: [{ messageId: 'distUpgrade', line: 2, column: 5 }], name: 'the dup shorthand' },
    {
      code: 'FROM opensuse/tumbleweed\nRUN zypper refresh && zypper --non-interactive --gpg-auto-import-keys dup --no-recommends',
      errors: [{ messageId: 'distUpgrade', line: 2, column: 23 }],
      name: 'after global options',
    },
    { code: 'FROM opensuse/tumbleweed\nRUN zypper --root /mnt/sysroot dup', errors: [{ messageId: 'distUpgrade', line: 2, column: 5 }], name: 'after a global option with a value' },
    { code: 'FROM opensuse/tumbleweed\nONBUILD RUN zypper dup', errors: [{ messageId: 'distUpgrade', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
  ],
});
