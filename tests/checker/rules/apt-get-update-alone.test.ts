import { testRule } from '../rule-tester.ts';

testRule('apt-get-update-alone', {
  valid: [
    'FROM ubuntu:18.04\nRUN apt-get update && apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*',
    'FROM debian:trixie\nRUN <<EOF\napt-get update\napt-get install --no-install-recommends -y gettext\nEOF',
    'FROM alpine:3.20\nRUN apk update && apk add curl',
    { code: 'FROM fedora:41\nRUN dnf update -y && dnf install -y nginx', name: 'upgrade followed by an install' },
    { code: 'FROM debian:12\nRUN apt-get update && apt upgrade -y', name: 'apt and apt-get are one family' },
    { code: 'FROM fedora:41\nRUN dnf update -y nginx', name: 'upgrading named packages is an install' },
  ],
  invalid: [
    { code: 'FROM ubuntu:18.04\nRUN apt-get update\nRUN apt-get install -y mysql-client', errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 19 }] },
    { code: 'FROM alpine:3.20\nRUN apk update', errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 15 }] },
    { code: 'FROM centos:7\nRUN yum update -y', errors: [{ messageId: 'upgradeAlone', line: 2, column: 5, endLine: 2, endColumn: 18 }], name: 'rpm upgrade of everything alone' },
    { code: 'FROM opensuse/leap:15\nRUN zypper ref', errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 15 }], name: 'zypper refresh alone' },
    { code: 'FROM debian:12\nRUN apt-get install -y x && apt-get update', errors: [{ messageId: 'updateAlone', line: 2, column: 29, endLine: 2, endColumn: 43 }], name: 'update after the install' },
    { code: 'FROM debian:12\nRUN apt-get update && pip install x', errors: [{ messageId: 'updateAlone', line: 2, column: 5, endLine: 2, endColumn: 19 }], name: 'an install by another manager' },
    { code: 'FROM debian:12\nONBUILD RUN apt-get update', errors: [{ messageId: 'updateAlone', line: 2, column: 13, endLine: 2, endColumn: 27 }], name: 'ONBUILD RUN' },
  ],
});
