import { testRule } from '../rule-tester.ts';

testRule('no-package-manager-in-shell-less-image', {
  valid: ['FROM debian:12-slim\nRUN apt-get update', 'FROM gcr.io/distroless/base-debian12\nCOPY --from=build /etc/ssl/certs /etc/ssl/certs'],
  invalid: [
    { code: 'FROM gcr.io/distroless/base-debian12\nRUN ["apt-get", "install", "-y", "x"]', errors: [{ messageId: 'missingTool', line: 2, column: 5, endLine: 2, endColumn: 38 }] },
    { code: 'FROM scratch\nRUN curl -fsSLO https://x/y', errors: [{ messageId: 'missingTool', line: 2, column: 5, endLine: 2, endColumn: 9 }] },
  ],
});
