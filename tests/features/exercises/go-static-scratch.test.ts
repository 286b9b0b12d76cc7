import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'go-static-scratch';
const build = (name = 'build', env = 'CGO_ENABLED=0 ') => `FROM golang:1.27 AS ${name}\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN ${env}go build -o /bin/weather .\n`;

const CERTS = 'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/';
/** A build stage with the given RUN lines, then a scratch final stage with the given lines. */
const scratch = (run: string, final: string, base = 'golang:1.27') =>
  `FROM ${base} AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n${run}\n\nFROM scratch\n${final}`;
const SHIP = `${CERTS}\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`;

const VARIANTS: AnswerTable = {
  accepted: [
    ['go install with GOBIN', scratch('RUN CGO_ENABLED=0 GOBIN=/out go install .', `${CERTS}\nCOPY --from=build /out/weather /weather\nENTRYPOINT ["/weather"]`)],
    ['go install into the default GOPATH', scratch('ENV CGO_ENABLED=0\nRUN go install .', `${CERTS}\nCOPY --from=build /go/bin/weather /usr/local/bin/weather\nENTRYPOINT ["weather"]`)],
    ['export CGO_ENABLED=0 in the same RUN', scratch('RUN export CGO_ENABLED=0 && go build -o /bin/weather .', SHIP)],
    ['CGO_ENABLED as an ARG inside the build stage', scratch('ARG CGO_ENABLED=0\nRUN go build -o /bin/weather .', SHIP)],
    ['go env -w CGO_ENABLED=0 in an earlier RUN', scratch('RUN go env -w CGO_ENABLED=0\nRUN go build -o /bin/weather .', SHIP)],
    ['the full golang name and distroless static with --chmod', `FROM docker.io/library/golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /bin/weather .\n\nFROM gcr.io/distroless/static-debian13\nCOPY --from=build --chmod=755 /bin/weather /\nENTRYPOINT ["/weather"]`],
    ['the CA bundle downloaded with ADD', scratch('RUN CGO_ENABLED=0 go build -o /bin/weather .', 'ADD https://curl.se/ca/cacert.pem /etc/ssl/certs/ca-certificates.crt\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]')],
    ["Alpine's /etc/ssl/cert.pem from a certs stage", `FROM alpine:3.24 AS certs\nRUN apk add --no-cache ca-certificates\n\n${scratch('RUN CGO_ENABLED=0 go build -o /bin/weather .', 'COPY --from=certs /etc/ssl/cert.pem /etc/ssl/cert.pem\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]')}`],
    ['go vet allowed to fail before the build', scratch('RUN go vet ./... || true && CGO_ENABLED=0 go build -o /bin/weather .', SHIP)],
    ['golang alpine, which has no C compiler, so cgo is off', scratch('RUN go build -o /bin/weather .', SHIP, 'golang:1.27-alpine')],
  ],
  rejected: [
    ['CGO_ENABLED=0 as a global ARG never re-declared in the stage', `ARG CGO_ENABLED=0\n${scratch('RUN go build -o /bin/weather .', SHIP)}`, ['static-binary']],
    ['CGO_ENABLED=0 exported in a RUN of its own', scratch('RUN export CGO_ENABLED=0\nRUN go build -o /bin/weather .', SHIP), ['static-binary']],
    ['CGO_ENABLED=1 said out loud', scratch('RUN CGO_ENABLED=1 go build -o /bin/weather .', SHIP), ['static-binary']],
    ['CGO_ENABLED=0 set in the final stage instead', scratch('RUN go build -o /bin/weather .', `ENV CGO_ENABLED=0\n${SHIP}`), ['static-binary']],
    ['go install, then a copy from a folder it never wrote', scratch('RUN CGO_ENABLED=0 go install .', `${CERTS}\nCOPY --from=build /out/weather /weather\nENTRYPOINT ["/weather"]`), ['binary-copied']],
    ['an exec-form ENTRYPOINT that runs sh on scratch', scratch('RUN CGO_ENABLED=0 go build -o /bin/weather .', `${CERTS}\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["sh", "-c", "/weather"]`), ['binary-copied']],
    ['a CA bundle copied from the build context, which has none', scratch('RUN CGO_ENABLED=0 go build -o /bin/weather .', 'COPY ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]'), ['ca-certificates']],
    ['a CA bundle copied where Go does not look', scratch('RUN CGO_ENABLED=0 go build -o /bin/weather .', 'COPY --from=build /etc/ssl/certs/ca-certificates.crt /certs/\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]'), ['ca-certificates']],
    ['the only build inside if false', scratch('RUN if false; then CGO_ENABLED=0 go build -o /bin/weather .; fi', SHIP), ['multi-stage', 'static-binary', 'binary-copied']],
    ['golang alpine with gcc installed and no CGO_ENABLED', scratch('RUN apk add --no-cache gcc musl-dev\nRUN go build -o /bin/weather .', SHIP, 'golang:1.27-alpine'), ['static-binary']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['a build cache mount, GOOS and ldflags', scratch('RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 GOOS=linux go build -ldflags="-s -w" -o /out/weather ./', `${CERTS}\nCOPY --from=build /out/weather /\nENTRYPOINT ["/weather"]`)],
    ['ENV with two variables and a relative -o', 'FROM golang:1.27 AS build\nENV CGO_ENABLED=0 GOOS=linux\nWORKDIR /src\nCOPY . .\nRUN go build -o weather .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /src/weather /app/weather\nENTRYPOINT ["/app/weather"]'],
    ['Chainguard static with USER nonroot', `FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /bin/weather .\n\nFROM cgr.dev/chainguard/static:latest\nCOPY --from=build /bin/weather /usr/bin/weather\nUSER nonroot\nENTRYPOINT ["/usr/bin/weather"]`],
    ['the certs folder without a slash, /etc/passwd and USER nobody', scratch('RUN CGO_ENABLED=0 go build -o /bin/weather .', 'COPY --from=build /etc/ssl/certs /etc/ssl/certs\nCOPY --from=build /etc/passwd /etc/passwd\nCOPY --from=build /bin/weather /weather\nUSER nobody\nENTRYPOINT ["/weather"]')],
    ['the legacy ENV syntax', scratch('ENV CGO_ENABLED 0\nRUN go build -o /bin/weather .', SHIP)],
  ],
  rejected: [
    ['a Debian final stage', `FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /bin/weather .\n\nFROM debian:trixie-slim\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`, ['minimal-final']],
    ['a relative -o, copied from the root', scratch('RUN CGO_ENABLED=0 go build -o weather .', SHIP), ['binary-copied']],
    ['./weather with no WORKDIR, binary in /app', scratch('RUN CGO_ENABLED=0 go build -o /bin/weather .', `${CERTS}\nCOPY --from=build /bin/weather /app/weather\nENTRYPOINT ["./weather"]`), ['binary-copied']],
    ['COPY --from a stage name that does not exist', scratch('RUN CGO_ENABLED=0 go build -o /bin/weather .', `${CERTS}\nCOPY --from=builder /bin/weather /weather\nENTRYPOINT ["/weather"]`), ['binary-copied']],
  ],
};

describe('go-static-scratch', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter: toolchain shipped, dynamic build, nothing copied', () => {
    const result = expectRejected(ID, definition(ID).starter, ['multi-stage', 'minimal-final', 'static-binary', 'binary-copied']);
    expect(result.requirements[0].message).toContain('golang:1.27, which still contains the Go toolchain');
  });

  it.each([
    ['distroless static with nonroot (it ships the CA bundle)', `${build('compile')}\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=compile /bin/weather /usr/local/bin/weather\nENTRYPOINT ["weather"]`],
    ['scratch, ENV CGO_ENABLED, the certs folder and a stage index', `${build('builder', '')}`.replace('WORKDIR /src', 'ENV CGO_ENABLED=0\nWORKDIR /src') + `\nFROM scratch\nCOPY --from=0 /etc/ssl/certs/ /etc/ssl/certs/\nCOPY --from=0 /bin/weather /\nCMD ["/weather"]`],
    ['ARG-parameterised Go version, output into a folder, distroless base', `ARG GO_VERSION=1.27\nFROM golang:\${GO_VERSION}-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/ ./...\n\nFROM gcr.io/distroless/base-debian13\nCOPY --from=build /out/ /app/\nUSER 65532\nENTRYPOINT ["/app/weather"]`],
    ['a cgo build on distroless/cc, which has glibc', `${build('build', '')}\nFROM gcr.io/distroless/cc-debian13\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`],
    ['certs from an alpine image and SSL_CERT_FILE', `${build()}\nFROM scratch\nCOPY --from=alpine:3.24 /etc/ssl/certs/ca-certificates.crt /certs/bundle.crt\nENV SSL_CERT_FILE=/certs/bundle.crt\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects scratch without the CA bundle', () => {
    const result = expectRejected(ID, `${build()}\nFROM scratch\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`, ['ca-certificates']);
    expect(result.requirements.find((r) => r.id === 'ca-certificates')?.message).toContain('x509: failed to load system roots');
  });

  it('rejects a build without CGO_ENABLED=0 for scratch', () => {
    expectRejected(ID, `${build('build', '')}\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`, ['static-binary']);
  });

  it('rejects an alpine final stage', () => {
    expectRejected(ID, `${build()}\nFROM alpine:3.24\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`, ['minimal-final']);
  });

  it('rejects the shell form on scratch and a binary copied from the wrong path', () => {
    expectRejected(ID, `${build()}\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /bin/weather /weather\nCMD /weather`, ['binary-copied']);
    const wrong = expectRejected(ID, `${build()}\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /src/weather /weather\nENTRYPOINT ["/weather"]`, ['binary-copied']);
    expect(wrong.requirements.find((r) => r.id === 'binary-copied')?.message).toContain('/bin/weather');
  });

  it('rejects a final stage built FROM the build stage', () => {
    expectRejected(ID, `${build()}\nFROM build AS final\nENTRYPOINT ["/bin/weather"]`, ['multi-stage', 'minimal-final', 'binary-copied']);
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
