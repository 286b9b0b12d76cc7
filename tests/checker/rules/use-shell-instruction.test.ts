import { testRule } from '../rule-tester.ts';

testRule('use-shell-instruction', {
  valid: ['FROM debian:12\nSHELL ["/bin/bash", "-c"]', 'FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python'],
  invalid: [{ code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh', errors: [{ messageId: 'useShell', line: 2, column: 5, endLine: 2, endColumn: 29 }] }],
});
