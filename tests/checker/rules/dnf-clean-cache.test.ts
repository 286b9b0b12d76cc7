import { testRule } from '../rule-tester.ts';

testRule('dnf-clean-cache', {
  valid: ['FROM fedora:40\nRUN dnf install -y nginx && dnf clean all', 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx', 'FROM ubi9/ubi-minimal\nRUN microdnf install -y x && microdnf clean all',
    { code: 'FROM fedora:41\nRUN dnf in -y nginx && rm -rf /var/cache/libdnf5', name: 'dnf5 cache directory removed' },
    { code: 'FROM fedora:41\nRUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf install -y nginx', name: 'tmpfs mount on the dnf5 cache' },
    { code: 'FROM fedora:41\nRUN dnf5 install -y nginx && dnf5 clean all', name: 'dnf5 by name' },
    { code: 'FROM fedora:41\nRUN dnf -y rei x && rm -rf /var/cache/*', name: 'a directory above the cache removed' },
  ],
  invalid: [
    { code: 'FROM fedora:27\nRUN set -uex && dnf install -vy docker-ce', errors: [{ messageId: 'missingClean', line: 2, column: 17, endLine: 2, endColumn: 42 }] },
    { code: 'FROM ubi9/ubi-minimal\nRUN microdnf install -y x', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 26 }] },
    { code: 'FROM fedora:41\nRUN dnf clean all && dnf install -y nginx', errors: [{ messageId: 'missingClean', line: 2, column: 22, endLine: 2, endColumn: 42 }], name: 'clean before the install' },
    { code: 'FROM fedora:41\nRUN dnf install -y a && dnf clean all && dnf install -y b', errors: [{ messageId: 'missingClean', line: 2, column: 42, endLine: 2, endColumn: 58 }], name: 'a second install after the clean' },
    { code: 'FROM fedora:41\nRUN dnf -y up', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 14 }], name: 'short subcommand up' },
    { code: 'FROM fedora:41\nRUN dnf install -y nginx && microdnf clean all', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 25 }], name: 'microdnf does not clean the cache of dnf' },
    { code: 'FROM fedora:41\nRUN dnf install -y nginx && dnf clean packages', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 25 }], name: 'clean packages leaves the metadata' },
    { code: 'FROM fedora:41\nONBUILD RUN dnf install -y nginx', errors: [{ messageId: 'missingClean', line: 2, column: 13, endLine: 2, endColumn: 33 }], name: 'ONBUILD RUN' },
    { code: 'FROM fedora:41\nRUN dnf -y group install "Development Tools"', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 45 }], name: 'two-word subcommand' },
    { code: 'FROM fedora:40\nRUN dnf install -y x && true || dnf clean all', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 21 }], name: 'a clean after true || never runs' },
  ],
});
