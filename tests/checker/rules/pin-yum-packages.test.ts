import { testRule } from '../rule-tester.ts';

testRule('pin-yum-packages', {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
    { code: 'FROM centos:7\nRUN yum install -y openssl-1:1.0.2k-26.el7_9 && yum clean all', name: 'a version with an epoch' },
    { code: 'FROM centos:7\nRUN yum install -y python3-devel-3.6.8 && yum clean all', name: 'a name with dashes, then the version' },
    { code: 'FROM centos:7\nRUN yum install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm', name: 'an .rpm file' },
    { code: 'FROM rockylinux:9\nRUN yum module install -y nodejs:20 && yum clean all', name: 'a module stream' },
    { code: 'FROM rockylinux:9\nENV NGINX_VERSION=1.20.1\nRUN yum install -y nginx-${NGINX_VERSION} && yum clean all', name: 'a version from ENV' },
    { code: 'ARG JQ_VERSION=1.6\nFROM rockylinux:9\nRUN yum install -y jq-$JQ_VERSION', name: 'a version from a build argument' },
    { code: 'FROM centos:7\nRUN yum groupinstall -y "Development Tools"', name: 'groups have no version' },
    { code: 'FROM centos:7\nRUN yum -y group install "Development Tools"', name: 'groups have no version (group install)' },
    { code: 'FROM centos:7\nRUN yum install -y $PACKAGES', name: 'packages held in a variable are unknown here' },
    'FROM centos:7\nRUN yum update -y && yum clean all',
    'FROM fedora:40\nRUN dnf install -y nginx',
  ],
  invalid: [
    { code: 'FROM centos:7\nRUN yum install -y httpd && yum clean all', errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 25 }] },
    { code: 'FROM centos:7\nRUN yum -y install epel-release', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'options before the subcommand' },
    { code: 'FROM centos:7\nRUN yum install -y python3-pip', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a dash in the name is not a version' },
    { code: 'FROM rockylinux:9\nRUN yum module install -y nodejs', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a module without a stream' },
    { code: 'FROM rockylinux:9\nRUN yum install -y nginx-${NGINX_VERSION}', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a variable declared nowhere' },
    {
      code: 'FROM rockylinux:9 AS tools\nENV GIT_VERSION=2.39.3\nFROM rockylinux:9\nRUN yum install -y git-${GIT_VERSION}',
      errors: [{ messageId: 'unpinned', line: 4, column: 5 }],
      name: 'an ENV of an unrelated stage is not visible',
    },
    { code: 'FROM centos:7\nONBUILD RUN yum install -y tomcat', errors: [{ messageId: 'unpinned', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
  ],
});
