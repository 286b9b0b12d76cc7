import { testRule } from '../rule-tester.ts';

testRule('rpm-assume-yes', {
  valid: ['FROM fedora:40\nRUN dnf install -y x', 'FROM centos:7\nRUN yum -y install x', 'FROM opensuse/leap:15\nRUN zypper -n install x', 'FROM centos:7\nRUN yum clean all',
    { code: 'FROM fedora:41\nRUN dnf --setopt=assumeyes=True install httpd', name: 'assumeyes set with --setopt' }],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install httpd', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 22 }], output: 'FROM fedora:40\nRUN dnf install -y httpd' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install bash', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 24 }], output: 'FROM opensuse/leap:15\nRUN zypper install -y bash' },
    { code: 'FROM ubi9/ubi-minimal\nRUN microdnf install httpd', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 27 }], output: 'FROM ubi9/ubi-minimal\nRUN microdnf install -y httpd', name: 'microdnf asks too' },
    { code: 'FROM fedora:41\nONBUILD RUN dnf install httpd', errors: [{ messageId: 'missingYes', line: 2, column: 13, endLine: 2, endColumn: 30 }], output: 'FROM fedora:41\nONBUILD RUN dnf install -y httpd', name: 'ONBUILD RUN' },
    { code: 'FROM fedora:41\nRUN dnf group install "Development Tools"', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 42 }], output: 'FROM fedora:41\nRUN dnf group install -y "Development Tools"', name: 'two-word subcommand' },
    { code: 'FROM fedora:40\nRUN sudo -u root yum install x', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 31 }], output: 'FROM fedora:40\nRUN sudo -u root yum install -y x', name: 'behind sudo -u' },
  ],
});
