import { testRule } from '../rule-tester.ts';

testRule('pin-zypper-packages', {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper install -y nginx=1.21.5 && zypper clean',
    { code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in "nginx>=1.21"', name: 'a lower bound' },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper in -y \'curl<9\' \'vim<=9.1\'', name: 'upper bounds' },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y /tmp/tool-1.0-1.x86_64.rpm', name: 'a local .rpm file' },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y -t pattern devel_basis', name: 'patterns have no version' },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper -n install $PACKAGES', name: 'packages held in a variable are unknown here' },
    'FROM opensuse/leap:15.6\nRUN zypper refresh && zypper patch -y',
    'FROM opensuse/leap:15.6\nRUN zypper remove -y vim',
  ],
  invalid: [
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx && zypper clean', errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 28 }] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl git=2.43.0', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'the in shorthand' },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install --from repo-oss vim',
      errors: [{ messageId: 'unpinned', line: 2, column: 5 }],
      name: 'the --from value is a repository, not a package',
    },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y -t package wget', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'an explicit package type' },
    { code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper install -y tomcat', errors: [{ messageId: 'unpinned', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
  ],
});
