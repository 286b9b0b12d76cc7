import { testRule } from '../rule-tester.ts';

testRule('rpm-assume-yes', {
  valid: ['FROM fedora:40\nRUN dnf install -y x', 'FROM centos:7\nRUN yum -y install x', 'FROM opensuse/leap:15\nRUN zypper -n install x', 'FROM centos:7\nRUN yum clean all'],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install httpd', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 22 }], output: 'FROM fedora:40\nRUN dnf install -y httpd' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install bash', errors: [{ messageId: 'missingYes', line: 2, column: 5, endLine: 2, endColumn: 24 }], output: 'FROM opensuse/leap:15\nRUN zypper install -y bash' },
  ],
});
