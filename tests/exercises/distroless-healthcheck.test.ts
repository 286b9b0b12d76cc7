import { describe, expect, it } from 'vitest';
import { definition, expectAccepted, expectRejected } from './grading.ts';

const ID = 'distroless-healthcheck';
const BUILD = 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\n';
const final = (lines: string, base = 'gcr.io/distroless/static-debian12:nonroot') => `${BUILD}\nFROM ${base}\nCOPY --from=build /out/server /server\n${lines}\nENTRYPOINT ["/server"]`;

describe('distroless-healthcheck', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter: shell form and curl', () => {
    const result = expectRejected(ID, definition(ID).starter, ['healthcheck-exec-form', 'healthcheck-binary-present']);
    expect(result.requirements.find((r) => r.id === 'healthcheck-binary-present')?.message).toContain('curl does not exist');
  });

  it.each([
    ['a static health-check binary copied from the build stage, on scratch', `${BUILD}RUN CGO_ENABLED=0 go install github.com/grpc-ecosystem/grpc-health-probe@v0.4.28\n\nFROM scratch\nCOPY --from=build /out/server /server\nCOPY --from=build /go/bin/grpc-health-probe /bin/grpc_health_probe\nHEALTHCHECK --interval=15s CMD ["/bin/grpc_health_probe", "-addr=127.0.0.1:8080"]\nENTRYPOINT ["/server"]`],
    ['the app binary in PATH with a subcommand, distroless base', final('COPY --from=build /out/server /usr/local/bin/server\nHEALTHCHECK CMD ["server", "healthcheck"]', 'gcr.io/distroless/base-debian12')],
    ['the HEALTHCHECK before COPY and a Chainguard static image', `${BUILD}\nFROM cgr.dev/chainguard/static:latest\nHEALTHCHECK --start-period=5s CMD ["/server", "-health"]\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]`],
    ['the python3 that distroless/python3 ships', 'FROM python:3.12-slim AS build\nCOPY app.py /app/app.py\n\nFROM gcr.io/distroless/python3-debian12\nCOPY --from=build /app /app\nHEALTHCHECK CMD ["python3", "/app/app.py", "--health"]\nCMD ["/app/app.py"]'],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects wget in exec form', () => {
    expectRejected(ID, final('HEALTHCHECK CMD ["wget", "-qO-", "http://127.0.0.1:8080/healthz"]'), ['healthcheck-binary-present']);
  });

  it('rejects a binary that was never copied', () => {
    const result = expectRejected(ID, final('HEALTHCHECK CMD ["/healthcheck"]'), ['healthcheck-binary-present']);
    expect(result.requirements.find((r) => r.id === 'healthcheck-binary-present')?.message).toContain('"/healthcheck" is not in the final image');
  });

  it('rejects running the server binary again with no health flag', () => {
    expectRejected(ID, final('HEALTHCHECK CMD ["/server"]'), ['healthcheck-binary-present']);
  });

  it('rejects HEALTHCHECK NONE and a missing HEALTHCHECK', () => {
    expectRejected(ID, final('HEALTHCHECK NONE'), ['healthcheck-exec-form', 'healthcheck-binary-present']);
    expectRejected(ID, final(''), ['healthcheck-exec-form', 'healthcheck-binary-present']);
  });

  it('rejects moving to a Debian base to make curl work', () => {
    expectRejected(ID, final('HEALTHCHECK CMD ["/server", "--health"]', 'debian:12-slim'), ['distroless-final']);
  });
});
