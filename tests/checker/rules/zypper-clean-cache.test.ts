import { testRule } from '../rule-tester.ts';

testRule('zypper-clean-cache', {
  valid: ['FROM opensuse/leap:15\nRUN zypper install bash && zypper clean', 'FROM opensuse/leap:15\nRUN zypper -n in curl && zypper cc -a'],
  invalid: [{ code: 'FROM opensuse/leap:15\nRUN zypper install bash', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 24 }] }],
});
