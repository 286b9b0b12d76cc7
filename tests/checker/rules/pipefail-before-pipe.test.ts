import { testRule } from '../rule-tester.ts';

testRule('pipefail-before-pipe', {
  valid: [
    'FROM debian:12\nRUN set -o pipefail && curl -fsSL https://x/y.tgz | tar xz',
    'FROM debian:12\nRUN set -eux -o pipefail; wget -O- https://x | tar xz',
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x | tar xz',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-Item x | Remove-Item',
    'FROM debian:12\nRUN echo "a | b"',
    'FROM debian:12\nRUN echo "$SUM  x.tgz" | sha256sum -c -',
    { name: 'a SHELL with pipefail set in the parent stage counts', code: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://x | tar xz' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN curl -fsSL https://x/y.tgz | tar xz', errors: [{ messageId: 'missingPipefail', line: 2, column: 5, endLine: 2, endColumn: 31 }] },
    { code: 'FROM debian:12\nRUN set -e; \\\n  ls | wc -l', errors: [{ messageId: 'missingPipefail', line: 3, column: 3, endLine: 3, endColumn: 5 }] },
    { name: 'a SHELL set in an unrelated stage does not count', code: 'FROM debian:12 AS one\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN curl -fsSL https://x | tar xz', errors: [{ messageId: 'missingPipefail', line: 4, column: 5 }] },
    { name: 'a later SHELL without pipefail replaces the parent stage one', code: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nSHELL ["/bin/bash", "-c"]\nRUN curl -fsSL https://x | tar xz', errors: [{ messageId: 'missingPipefail', line: 5, column: 5 }] },
  ],
});
