import { testRule } from '../rule-tester.ts';

testRule('use-shell-instruction', {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]',
    'FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python',
    { name: '/bin/sh as the link target, not the link', code: 'FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/sh-compat' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh', errors: [{ messageId: 'useShell', line: 2, column: 5, endLine: 2, endColumn: 29 }] },
    { name: 'an ONBUILD RUN runs in child builds', code: 'FROM debian:12\nONBUILD RUN ln -sfv /bin/bash /bin/sh', errors: [{ messageId: 'useShell', line: 2, column: 13 }] },
  ],
});
