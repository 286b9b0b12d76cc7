import { testRule } from '../rule-tester.ts';

testRule('wget-progress', {
  valid: [
    'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz',
    'FROM debian:12\nRUN wget -q https://example.com/tool.tar.gz',
    { code: 'FROM debian:12\nRUN wget -qO- https://example.com/install.sh > install.sh', name: '-q inside a cluster' },
    'FROM debian:12\nRUN wget -nv https://example.com/tool.tar.gz',
    'FROM debian:12\nRUN wget --no-verbose -O /tmp/tool.tgz https://example.com/tool.tgz',
    'FROM debian:12\nRUN wget --quiet https://example.com/tool.tar.gz',
    { code: 'FROM debian:12\nRUN wget -o /tmp/wget.log https://example.com/tool.tar.gz', name: 'output to a log file' },
    { code: 'FROM debian:12\nRUN wget --append-output=/tmp/wget.log https://example.com/tool.tar.gz', name: 'output appended to a log file' },
    { code: 'FROM alpine:3.20\nRUN wget https://example.com/tool.tar.gz', name: 'BusyBox wget in Alpine' },
    { code: 'FROM busybox:1.36\nRUN wget https://example.com/tool.tar.gz', name: 'BusyBox wget' },
    { code: 'FROM python:3.12-alpine AS base\nFROM base\nRUN wget https://example.com/tool.tar.gz', name: 'a stage built on an Alpine stage' },
    'FROM debian:12\nRUN curl -fsSLO https://example.com/tool.tar.gz',
    'FROM debian:12\nRUN echo wget https://example.com/tool.tar.gz',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget https://example.com/tool.tar.gz',
      errors: [{ messageId: 'noProgress', line: 2, column: 5, endLine: 2, endColumn: 41 }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz',
    },
    {
      code: 'FROM debian:12\nRUN wget -O /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz',
      errors: [{ messageId: 'noProgress', line: 2, column: 5 }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga -O /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz',
      name: '-O names the download, not the log',
    },
    {
      code: 'FROM debian:12\nRUN wget -nc https://example.com/tool.tgz',
      errors: [{ messageId: 'noProgress', line: 2, column: 5 }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga -nc https://example.com/tool.tgz',
      name: '-nc is not -nv',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN wget https://example.com/tool.tgz',
      errors: [{ messageId: 'noProgress', line: 3, column: 5 }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN wget --progress=dot:giga https://example.com/tool.tgz',
      name: 'GNU wget installed on Alpine',
    },
    {
      code: 'FROM debian:12\nRUN set -eux; \\\n  sudo wget -c https://example.com/big.iso',
      errors: [{ messageId: 'noProgress', line: 3, column: 3 }],
      output: 'FROM debian:12\nRUN set -eux; \\\n  sudo wget --progress=dot:giga -c https://example.com/big.iso',
      name: 'behind sudo, on a continuation line',
    },
    {
      code: 'FROM debian:12\nONBUILD RUN wget https://example.com/plugin.jar',
      errors: [{ messageId: 'noProgress', line: 2, column: 13 }],
      output: 'FROM debian:12\nONBUILD RUN wget --progress=dot:giga https://example.com/plugin.jar',
      name: 'an ONBUILD RUN trigger',
    },
  ],
});
