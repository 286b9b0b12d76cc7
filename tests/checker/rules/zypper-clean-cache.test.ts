import { testRule } from '../rule-tester.ts';

testRule('zypper-clean-cache', {
  valid: ['FROM opensuse/leap:15\nRUN zypper install bash && zypper clean', 'FROM opensuse/leap:15\nRUN zypper -n in curl && zypper cc -a',
    { code: 'FROM opensuse/leap:15\nRUN --mount=type=tmpfs,target=/var/cache/zypp zypper -n in curl', name: 'tmpfs mount' }],
  invalid: [
    { code: 'FROM opensuse/leap:15\nRUN zypper install bash', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 24 }] },
    { code: 'FROM opensuse/leap:15\nRUN zypper clean --all && zypper -n install curl', errors: [{ messageId: 'missingClean', line: 2, column: 27, endLine: 2, endColumn: 49 }], name: 'clean before the install' },
    { code: 'FROM opensuse/leap:15\nRUN zypper -n in curl && zypper clean && zypper -n rm vim', errors: [{ messageId: 'missingClean', line: 2, column: 42, endLine: 2, endColumn: 58 }], name: 'a removal refreshes the metadata again' },
  ],
});
