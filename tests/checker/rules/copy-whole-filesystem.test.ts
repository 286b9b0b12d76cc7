import { testRule } from '../rule-tester.ts';

testRule('copy-whole-filesystem', {
  valid: [
    'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app',
    { code: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /out /', name: 'a folder into the root' },
    { code: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build / /rootfs', name: 'the root into a folder' },
    { code: 'FROM debian:12\nCOPY / /', name: 'no --from: this is the build context' },
    { code: 'FROM docker:27-cli\nCOPY --from=docker/buildx-bin:0.17 / /usr/libexec/docker/cli-plugins', name: 'a binary-only image into a folder' },
    { code: 'FROM python:3.12\nCOPY --from=ghcr.io/example/tools:1.0 / /', name: 'an image made to be copied whole' },
  ],
  invalid: [
    {
      code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build / /',
      errors: [{ messageId: 'wholeFilesystem', line: 4, column: 19, endLine: 4, endColumn: 22 }],
    },
    { code: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build "/" "/"', errors: [{ messageId: 'wholeFilesystem', line: 3, column: 19 }], name: 'quoted paths' },
    { code: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build ["/", "/"]', errors: [{ messageId: 'wholeFilesystem', line: 3, column: 19 }], name: 'exec form' },
    { code: 'FROM golang:1.23\nFROM scratch\nCOPY --from=0 --chown=1000 / /', errors: [{ messageId: 'wholeFilesystem', line: 3, column: 28 }], name: 'a stage index and another flag' },
    { code: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /etc/ssl / /', errors: [{ messageId: 'wholeFilesystem', line: 3, column: 19 }], name: 'the root among other sources' },
  ],
});
