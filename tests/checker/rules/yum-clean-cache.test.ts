import { testRule } from '../rule-tester.ts';

testRule('yum-clean-cache', {
  valid: ['FROM centos:7\nRUN yum install -y httpd && yum clean all', 'FROM centos:7\nRUN yum install -y x && rm -rf /var/cache/yum', 'FROM centos:7\nRUN yum clean all'],
  invalid: [
    { code: 'FROM alpine:3.5\nRUN yum install vim\nUSER mike', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 20 }] },
  ],
});
