import { testRule } from '../rule-tester.ts';

testRule('dnf-clean-cache', {
  valid: ['FROM fedora:40\nRUN dnf install -y nginx && dnf clean all', 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx', 'FROM ubi9/ubi-minimal\nRUN microdnf install -y x && microdnf clean all'],
  invalid: [
    { code: 'FROM fedora:27\nRUN set -uex && dnf install -vy docker-ce', errors: [{ messageId: 'missingClean', line: 2, column: 17, endLine: 2, endColumn: 42 }] },
    { code: 'FROM ubi9/ubi-minimal\nRUN microdnf install -y x', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 26 }] },
  ],
});
