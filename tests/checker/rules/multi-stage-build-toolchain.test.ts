import { testRule } from '../rule-tester.ts';

testRule('multi-stage-build-toolchain', {
  valid: [
    'FROM golang:1.23 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app',
    'FROM node:22-slim\nRUN npm run build',
    'FROM node:22\nCMD ["node", "x.js"]',
  ],
  invalid: [
    { code: 'FROM golang:1.23\nCOPY . .\nRUN go build -o /app\nCMD ["/app"]', errors: [{ messageId: 'toolchainInFinal', line: 1, column: 6, endLine: 1, endColumn: 17 }] },
    { code: 'FROM maven:3.9-eclipse-temurin-21 AS build\nFROM build\nCMD ["java", "-jar", "app.jar"]', errors: [{ messageId: 'toolchainInFinal', line: 2, column: 6, endLine: 2, endColumn: 11 }] },
    { code: 'FROM node:22\nRUN npm ci && npm run build', errors: [{ messageId: 'nodeBuildInFinal', line: 1, column: 6, endLine: 1, endColumn: 13 }] },
  ],
});
