import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'oci-labels-entrypoint';
const BUILD = [
  'FROM golang:1.26-alpine AS build',
  'WORKDIR /src',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  'COPY . .',
  'RUN CGO_ENABLED=0 go build -o /out/thumbnailer ./cmd/thumbnailer',
].join('\n');
const ARGS = 'ARG VERSION=dev\nARG REVISION\nARG CREATED';
const LABELS = [
  'LABEL org.opencontainers.image.source="https://github.com/example/thumbnailer" \\',
  '      org.opencontainers.image.version="${VERSION}" \\',
  '      org.opencontainers.image.revision="${REVISION}" \\',
  '      org.opencontainers.image.created="${CREATED}" \\',
  '      org.opencontainers.image.licenses="Apache-2.0"',
].join('\n');
const COPY = 'COPY --from=build /out/thumbnailer /usr/local/bin/thumbnailer\nUSER 65534:65534\nEXPOSE 8080';
const ENTRYPOINT = 'ENTRYPOINT ["/usr/local/bin/thumbnailer"]';
const CMD = 'CMD ["--listen", ":8080", "--workers", "4"]';
const image = (...lines: string[]) => [BUILD, '', 'FROM alpine:3.23', ...lines].join('\n');

const ANSWERS: AnswerTable = {
  accepted: [
    ['one LABEL per key, bare $NAME and the program on the PATH', image(
      'ARG VERSION', 'ARG GIT_SHA', 'ARG BUILD_DATE',
      'LABEL org.opencontainers.image.source=https://github.com/example/thumbnailer',
      'LABEL org.opencontainers.image.version=$VERSION',
      'LABEL org.opencontainers.image.revision=$GIT_SHA',
      'LABEL org.opencontainers.image.created=$BUILD_DATE',
      'LABEL org.opencontainers.image.licenses=Apache-2.0',
      COPY, 'ENTRYPOINT ["thumbnailer"]', CMD)],
    ['global ARGs declared again inside the final stage', `ARG VERSION=0.0.0\nARG REVISION\nARG CREATED\n${image('ARG VERSION', 'ARG REVISION', 'ARG CREATED', LABELS, COPY, ENTRYPOINT, CMD)}`],
    ['CMD before ENTRYPOINT in the same stage, --flag=value form', image(ARGS, LABELS, COPY, 'CMD ["--listen=:8080", "--workers=4"]', ENTRYPOINT)],
    ['tini in front of the program', image('RUN apk add --no-cache tini', ARGS, LABELS, COPY, 'ENTRYPOINT ["/sbin/tini", "--", "/usr/local/bin/thumbnailer"]', CMD)],
    ['labels after the COPY, quoted keys, a fixed version and an SPDX OR expression', image(
      COPY, 'ARG REVISION', 'ARG CREATED',
      'LABEL "org.opencontainers.image.source"="https://github.com/example/thumbnailer" "org.opencontainers.image.version"="1.4.2" \\',
      '  "org.opencontainers.image.revision"="$REVISION" "org.opencontainers.image.created"="$CREATED" \\',
      '  "org.opencontainers.image.licenses"="MIT OR Apache-2.0"',
      ENTRYPOINT, CMD)],
    ['ARGs with placeholder defaults', image('ARG VERSION=dev', 'ARG REVISION=unknown', 'ARG CREATED=1970-01-01T00:00:00Z', LABELS, COPY, ENTRYPOINT, CMD)],
  ],
  rejected: [
    ['labels left in the build stage', [BUILD, ARGS, LABELS, '', 'FROM alpine:3.23', COPY, ENTRYPOINT, CMD].join('\n'), ['oci-labels', 'build-args']],
    ['the licence written in words', image(ARGS, LABELS.replace('"Apache-2.0"', '"Apache License 2.0"'), COPY, ENTRYPOINT, CMD), ['oci-labels']],
    ['the revision hard-coded', image('ARG VERSION=dev', 'ARG CREATED', LABELS.replace('"${REVISION}"', '"3f9c2e1"'), COPY, ENTRYPOINT, CMD), ['build-args']],
    ['the build date from an ENV', image('ARG VERSION=dev', 'ARG REVISION', 'ENV CREATED=2026-12-01T00:00:00Z', LABELS, COPY, ENTRYPOINT, CMD), ['build-args']],
    ['global ARGs never declared again in the stage', `ARG VERSION=dev\nARG REVISION\nARG CREATED\n${image(LABELS, COPY, ENTRYPOINT, CMD)}`, ['oci-labels', 'build-args']],
    ['no created label', image(ARGS, LABELS.replace('      org.opencontainers.image.created="${CREATED}" \\\n', ''), COPY, ENTRYPOINT, CMD), ['oci-labels', 'build-args']],
    ['ENTRYPOINT in shell form', image(ARGS, LABELS, COPY, 'ENTRYPOINT /usr/local/bin/thumbnailer', CMD), ['exec-entrypoint', 'cmd-defaults']],
    ['CMD repeats the program', image(ARGS, LABELS, COPY, ENTRYPOINT, 'CMD ["thumbnailer", "--listen", ":8080", "--workers", "4"]'), ['cmd-defaults']],
    ['CMD left in shell form after the ENTRYPOINT', image(ARGS, LABELS, COPY, ENTRYPOINT, 'CMD thumbnailer --listen :8080 --workers 4'), ['cmd-defaults']],
    ['the whole command in an exec-form CMD, no ENTRYPOINT', image(ARGS, LABELS, COPY, 'CMD ["thumbnailer", "--listen", ":8080", "--workers", "4"]'), ['exec-entrypoint', 'cmd-defaults']],
    ['a shell in a JSON array', image(ARGS, LABELS, COPY, 'ENTRYPOINT ["sh", "-c", "thumbnailer \\"$@\\"", "--"]', CMD), ['exec-entrypoint']],
    ['a relative source instead of a URL', image(ARGS, LABELS.replace('https://github.com/example/thumbnailer', 'example/thumbnailer'), COPY, ENTRYPOINT, CMD), ['oci-labels']],
  ],
};

describe('oci-labels-entrypoint', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    const result = expectRejected(ID, definition(ID).starter, ['oci-labels', 'build-args', 'exec-entrypoint', 'cmd-defaults']);
    expect(result.requirements.find((r) => r.id === 'exec-entrypoint')?.message).toContain('no ENTRYPOINT');
  });

  it('says the labels of the build stage are thrown away', () => {
    const result = expectRejected(ID, [BUILD, ARGS, LABELS, '', 'FROM alpine:3.23', COPY, ENTRYPOINT, CMD].join('\n'), ['oci-labels', 'build-args']);
    expect(result.requirements.find((r) => r.id === 'oci-labels')?.message).toContain('build stage');
  });

  describe('answers', () => answerTable(ID, ANSWERS));
});
