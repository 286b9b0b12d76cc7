import { testRule } from '../rule-tester.ts';

testRule('yum-clean-cache', {
  valid: ['FROM centos:7\nRUN yum install -y httpd && yum clean all', 'FROM centos:7\nRUN yum install -y x && rm -rf /var/cache/yum', 'FROM centos:7\nRUN yum clean all',
    { code: 'FROM centos:7\nRUN yum -y install bash && yum clean -y all', name: 'option between clean and all' },
    { code: 'FROM centos:7\nRUN yum -y update && rm -rf /var/cache/yum/*', name: 'upgrade, cache removed' },
    { code: 'FROM centos:7\nRUN if [ "$X" = 1 ]; then yum -y install a && yum clean all; fi', name: 'install and clean in the same if branch' },
  ],
  invalid: [
    { code: 'FROM alpine:3.5\nRUN yum install vim\nUSER mike', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 20 }] },
    { code: 'FROM centos:7\nRUN yum clean all && yum install -y httpd', errors: [{ messageId: 'missingClean', line: 2, column: 22, endLine: 2, endColumn: 42 }], name: 'clean before the install' },
    { code: 'FROM centos:7\nRUN yum -y install a && yum clean all && yum -y install b', errors: [{ messageId: 'missingClean', line: 2, column: 42, endLine: 2, endColumn: 58 }], name: 'a second install after the clean' },
    { code: 'FROM centos:7\nRUN yum -y install bash && yum clean metadata', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 24 }], name: 'clean metadata leaves the packages' },
    { code: 'FROM centos:7\nRUN yum -y install a && true || yum clean all', errors: [{ messageId: 'missingClean', line: 2, column: 5, endLine: 2, endColumn: 21 }], name: 'a clean that never runs' },
  ],
});
