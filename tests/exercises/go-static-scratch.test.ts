import { describe, expect, it } from 'vitest';
import { definition, expectAccepted, expectRejected } from './grading.ts';

const ID = 'go-static-scratch';
const build = (name = 'build', env = 'CGO_ENABLED=0 ') => `FROM golang:1.22 AS ${name}\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN ${env}go build -o /bin/weather .\n`;

describe('go-static-scratch', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter: toolchain shipped, dynamic build, nothing copied', () => {
    const result = expectRejected(ID, definition(ID).starter, ['multi-stage', 'minimal-final', 'static-binary', 'binary-copied']);
    expect(result.requirements[0].message).toContain('golang:1.22, which still contains the Go toolchain');
  });

  it.each([
    ['distroless static with nonroot (it ships the CA bundle)', `${build('compile')}\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=compile /bin/weather /usr/local/bin/weather\nENTRYPOINT ["weather"]`],
    ['scratch, ENV CGO_ENABLED, the certs folder and a stage index', `${build('builder', '')}`.replace('WORKDIR /src', 'ENV CGO_ENABLED=0\nWORKDIR /src') + `\nFROM scratch\nCOPY --from=0 /etc/ssl/certs/ /etc/ssl/certs/\nCOPY --from=0 /bin/weather /\nCMD ["/weather"]`],
    ['ARG-parameterised Go version, output into a folder, distroless base', `ARG GO_VERSION=1.22\nFROM golang:\${GO_VERSION}-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/ ./...\n\nFROM gcr.io/distroless/base-debian12\nCOPY --from=build /out/ /app/\nUSER 65532\nENTRYPOINT ["/app/weather"]`],
    ['a cgo build on distroless/cc, which has glibc', `${build('build', '')}\nFROM gcr.io/distroless/cc-debian12\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`],
    ['certs from an alpine image and SSL_CERT_FILE', `${build()}\nFROM scratch\nCOPY --from=alpine:3.20 /etc/ssl/certs/ca-certificates.crt /certs/bundle.crt\nENV SSL_CERT_FILE=/certs/bundle.crt\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects scratch without the CA bundle', () => {
    const result = expectRejected(ID, `${build()}\nFROM scratch\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`, ['ca-certificates']);
    expect(result.requirements.find((r) => r.id === 'ca-certificates')?.message).toContain('x509: failed to load system roots');
  });

  it('rejects a build without CGO_ENABLED=0 for scratch', () => {
    expectRejected(ID, `${build('build', '')}\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`, ['static-binary']);
  });

  it('rejects an alpine final stage', () => {
    expectRejected(ID, `${build()}\nFROM alpine:3.20\nCOPY --from=build /bin/weather /weather\nENTRYPOINT ["/weather"]`, ['minimal-final']);
  });

  it('rejects the shell form on scratch and a binary copied from the wrong path', () => {
    expectRejected(ID, `${build()}\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /bin/weather /weather\nCMD /weather`, ['binary-copied']);
    const wrong = expectRejected(ID, `${build()}\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /src/weather /weather\nENTRYPOINT ["/weather"]`, ['binary-copied']);
    expect(wrong.requirements.find((r) => r.id === 'binary-copied')?.message).toContain('/bin/weather');
  });

  it('rejects a final stage built FROM the build stage', () => {
    expectRejected(ID, `${build()}\nFROM build AS final\nENTRYPOINT ["/bin/weather"]`, ['multi-stage', 'minimal-final', 'binary-copied']);
  });
});
