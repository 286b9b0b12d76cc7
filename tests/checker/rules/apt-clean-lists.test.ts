import { testRule } from '../rule-tester.ts';

testRule('apt-clean-lists', {
  valid: [
    'FROM debian:12\nRUN sh -c \'apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\'',
    'FROM debian:12\nRUN apt-get update && apt-get install -y x && if true; then rm -rf /var/lib/apt/lists/*; fi',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /x /x',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl',
    'FROM debian:13\nRUN apt-get update; apt-get install -y curl; apt-get dist-clean',
    { code: 'FROM debian:12\nRUN apt-get install -y curl', name: 'no update in this RUN: it writes no lists' },
    { code: 'FROM debian:12\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl', name: 'docker-clean removed, both directories mounted' },
    { code: 'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl', name: 'tmpfs mount' },
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/*', name: 'removing a directory above the lists' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl', errors: [{ messageId: 'missingCleanup', line: 2, column: 5, endLine: 2, endColumn: 19 }], name: 'reported at the update, which writes the lists' },
    { code: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl', errors: [{ messageId: 'missingCleanup', line: 2, column: 36, endLine: 2, endColumn: 50 }], name: 'cleanup before the update' },
    { code: 'FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y curl', errors: [{ messageId: 'missingCleanup', line: 2, column: 13, endLine: 2, endColumn: 27 }], name: 'ONBUILD RUN runs in the child image' },
    { code: 'FROM debian:12\nRUN aptitude update && aptitude install -y curl', errors: [{ messageId: 'missingCleanup', line: 2, column: 5, endLine: 2, endColumn: 20 }], name: 'aptitude' },
    { code: 'FROM debian:12\nRUN apt-get update', errors: [{ messageId: 'missingCleanup', line: 2, column: 5, endLine: 2, endColumn: 19 }], name: 'update without install still writes the lists' },
    {
      code: 'FROM debian:12\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl',
      errors: [{ messageId: 'archivesKept', line: 3, column: 62, endLine: 3, endColumn: 85 }],
      name: 'docker-clean removed, only the lists mounted: the .deb files stay',
    },
    {
      code: 'FROM debian:12 AS base\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nFROM base\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      errors: [{ messageId: 'archivesKept', line: 4, column: 23, endLine: 4, endColumn: 46 }],
      name: 'docker-clean removed in the base stage',
    },
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && true || rm -rf /var/lib/apt/lists/*', errors: [{ messageId: 'missingCleanup', line: 2, column: 5, endLine: 2, endColumn: 19 }], name: 'a cleanup after true || never runs' },
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x; if false; then rm -rf /var/lib/apt/lists/*; fi', errors: [{ messageId: 'missingCleanup', line: 2, column: 5, endLine: 2, endColumn: 19 }], name: 'a cleanup inside if false never runs' },
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x; exit 0; rm -rf /var/lib/apt/lists/*', errors: [{ messageId: 'missingCleanup', line: 2, column: 5, endLine: 2, endColumn: 19 }], name: 'a cleanup after exit 0 never runs' },
  ],
});
