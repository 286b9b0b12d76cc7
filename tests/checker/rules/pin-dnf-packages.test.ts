import { testRule } from '../rule-tester.ts';

testRule('pin-dnf-packages', {
  valid: [
    'FROM fedora:40\nRUN dnf install -y nginx-1.24.0 && dnf clean all',
    { code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y tar-1.34 gzip-1.12 && microdnf clean all', name: 'microdnf' },
    { code: 'FROM fedora:40\nRUN dnf install -y gcc-c++-14.1.1', name: 'a plus sign in the name' },
    { code: 'FROM fedora:40\nRUN dnf install -y openssl-1:3.2.1', name: 'a version with an epoch' },
    { code: 'FROM fedora:40\nRUN dnf module install -y postgresql:16', name: 'a module stream' },
    { code: 'FROM fedora:40\nRUN dnf group install -y "C Development Tools and Libraries"', name: 'groups have no version' },
    { code: 'FROM fedora:40\nRUN dnf -y --setopt=install_weak_deps=False group install "Development Tools"', name: 'groups, with options first' },
    { code: 'FROM fedora:40 AS base\nENV JQ_VERSION=1.7.1\nFROM base\nRUN dnf install -y jq-${JQ_VERSION}', name: 'a version from the parent stage\'s ENV' },
    { code: 'FROM fedora:40\nRUN dnf install -y /tmp/tool-2.0-1.fc40.x86_64.rpm', name: 'a local .rpm file' },
    'FROM fedora:40\nRUN dnf upgrade -y --refresh',
    'FROM fedora:40\nRUN notdnf install nginx',
  ],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install -y nginx && dnf clean all', errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 25 }] },
    { code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y shadow-utils', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'microdnf' },
    { code: 'FROM fedora:40\nRUN dnf install -y git-core', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a dash in the name is not a version' },
    { code: 'FROM fedora:40\nRUN dnf module install -y postgresql', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a module without a stream' },
    {
      code: 'FROM fedora:40 AS base\nENV JQ_VERSION=1.7.1\nFROM fedora:40\nRUN dnf install -y jq-${JQ_VERSION}',
      errors: [{ messageId: 'unpinned', line: 4, column: 5 }],
      name: 'an ENV of an unrelated stage is not visible',
    },
    {
      code: 'FROM fedora:40\nRUN dnf install -y \\\n      nginx-1.24.0 \\\n      certbot',
      errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 4, endColumn: 14 }],
      name: 'across continuation lines',
    },
    { code: 'FROM fedora:40\nONBUILD RUN dnf install -y tomcat', errors: [{ messageId: 'unpinned', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
  ],
});
