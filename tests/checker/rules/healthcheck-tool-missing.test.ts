import { testRule } from '../rule-tester.ts';

testRule('healthcheck-tool-missing', {
  valid: [
    'FROM node:22\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1',
    'FROM node:22-alpine\nHEALTHCHECK CMD wget -qO- http://localhost:3000/ || exit 1',
    'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK CMD curl -f http://localhost:8000/',
    'FROM nginx:1.27\nHEALTHCHECK CMD curl -fs http://localhost/',
  ],
  invalid: [
    { code: 'FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1', errors: [{ messageId: 'missingTool', line: 2, column: 17, endLine: 2, endColumn: 21 }] },
    { code: 'FROM node:22-alpine\nHEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:3000/"]', errors: [{ messageId: 'missingTool', line: 2, column: 28, endLine: 2, endColumn: 72 }] },
    { code: 'FROM gcr.io/distroless/java21-debian12\nHEALTHCHECK CMD ["wget", "-q", "http://localhost:8080/"]', errors: [{ messageId: 'missingTool', line: 2, column: 13, endLine: 2, endColumn: 57 }] },
  ],
});
