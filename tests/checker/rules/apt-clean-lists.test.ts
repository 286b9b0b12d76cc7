import { testRule } from '../rule-tester.ts';

testRule('apt-clean-lists', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /x /x',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl',
    'FROM debian:13\nRUN apt-get update; apt-get install -y curl; apt-get dist-clean',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl', errors: [{ messageId: 'missingCleanup', line: 2, column: 23, endLine: 2, endColumn: 46 }] },
  ],
});
