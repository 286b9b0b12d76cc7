import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'distroless-healthcheck';
const BUILD = 'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\n';
const final = (lines: string, base = 'gcr.io/distroless/static-debian13:nonroot') => `${BUILD}\nFROM ${base}\nCOPY --from=build /out/server /server\n${lines}\nENTRYPOINT ["/server"]`;

const VARIANTS: AnswerTable = {
  accepted: [
    ['grpc-health-probe installed with GOBIN', `${BUILD}RUN CGO_ENABLED=0 GOBIN=/out go install github.com/grpc-ecosystem/grpc-health-probe@v0.4.28\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out/server /server\nCOPY --from=build /out/grpc-health-probe /usr/local/bin/\nHEALTHCHECK CMD ["grpc-health-probe", "-addr=:8080"]\nENTRYPOINT ["/server"]`],
    ['a relative path from the WORKDIR', `${BUILD}\nFROM gcr.io/distroless/static-debian13\nWORKDIR /app\nCOPY --from=build /out/server ./server\nHEALTHCHECK --interval=30s --timeout=3s CMD ["./server", "--health"]\nENTRYPOINT ["/app/server"]`],
    ['the distroless image without the Debian suffix, after ENTRYPOINT', `${BUILD}\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\nHEALTHCHECK --interval=15s --timeout=2s --retries=3 CMD ["/server", "-health"]`],
    ['the full golang name and a health subcommand', `FROM docker.io/library/golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out/server /server\nHEALTHCHECK CMD ["/server", "health"]\nENTRYPOINT ["/server"]`],
    ['the server in PATH, started by name', `${BUILD}\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out/server /usr/local/bin/server\nHEALTHCHECK CMD ["server", "--health"]\nENTRYPOINT ["server"]`],
  ],
  rejected: [
    ['one JSON string holding the program and its flag', final('HEALTHCHECK CMD ["/server --health"]'), ['healthcheck-binary-present']],
    ['sh -c in exec form', final('HEALTHCHECK CMD ["sh", "-c", "/server --health"]'), ['healthcheck-binary-present']],
    ['the right command in shell form', final('HEALTHCHECK CMD /server --health'), ['healthcheck-exec-form']],
    ['the debug image, which has a shell', final('HEALTHCHECK CMD ["/server", "--health"]', 'gcr.io/distroless/static-debian13:debug'), ['distroless-final']],
    ['a HEALTHCHECK in the build stage only', `FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\nHEALTHCHECK CMD ["/out/server", "--health"]\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]`, ['healthcheck-exec-form', 'healthcheck-binary-present']],
    ['a bare name that is not in PATH', final('HEALTHCHECK CMD ["server", "--health"]'), ['healthcheck-binary-present']],
    ['the server copied elsewhere than the path the check runs', `${BUILD}\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out/server /app/server\nHEALTHCHECK CMD ["/server", "--health"]\nENTRYPOINT ["/app/server"]`, ['healthcheck-binary-present']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['Chainguard static and /usr/bin', `${BUILD}\nFROM cgr.dev/chainguard/static\nCOPY --from=build /out/server /usr/bin/server\nHEALTHCHECK CMD ["/usr/bin/server", "--health"]\nENTRYPOINT ["/usr/bin/server"]`],
    ['the whole /out folder copied to the root', `${BUILD}\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /out/ /\nHEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["/server", "--health"]\nENTRYPOINT ["/server"]`],
    ['scratch with the exec form', `${BUILD}\nFROM scratch\nCOPY --from=build /out/server /server\nHEALTHCHECK --interval=10s --timeout=2s CMD ["/server", "--health"]\nENTRYPOINT ["/server"]`],
    ['distroless static with the latest tag', final('HEALTHCHECK CMD ["/server", "--health"]', 'gcr.io/distroless/static-debian13:latest')],
  ],
  rejected: [
    ['/bin/sh -c in exec form', final('HEALTHCHECK CMD ["/bin/sh", "-c", "/server --health"]'), ['healthcheck-binary-present']],
    ['curl copied from the build stage (it needs libraries distroless lacks)', final('COPY --from=build /usr/bin/curl /usr/bin/curl\nHEALTHCHECK CMD ["curl", "-f", "http://127.0.0.1:8080/healthz"]'), ['healthcheck-binary-present']],
    ['an Alpine final stage', final('HEALTHCHECK CMD ["/server", "--health"]', 'alpine:3.24'), ['distroless-final']],
    ['HEALTHCHECK NONE after a good one', final('HEALTHCHECK CMD ["/server", "--health"]\nHEALTHCHECK NONE'), ['healthcheck-exec-form', 'healthcheck-binary-present']],
    ['a health-check binary copied from the build context, which has none', final('COPY healthcheck /healthcheck\nHEALTHCHECK CMD ["/healthcheck"]'), ['healthcheck-binary-present']],
  ],
};

describe('distroless-healthcheck', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter: shell form and curl', () => {
    const result = expectRejected(ID, definition(ID).starter, ['healthcheck-exec-form', 'healthcheck-binary-present']);
    expect(result.requirements.find((r) => r.id === 'healthcheck-binary-present')?.message).toContain('curl does not exist');
  });

  it.each([
    ['a static health-check binary copied from the build stage, on scratch', `${BUILD}RUN CGO_ENABLED=0 go install github.com/grpc-ecosystem/grpc-health-probe@v0.4.28\n\nFROM scratch\nCOPY --from=build /out/server /server\nCOPY --from=build /go/bin/grpc-health-probe /bin/grpc_health_probe\nHEALTHCHECK --interval=15s CMD ["/bin/grpc_health_probe", "-addr=127.0.0.1:8080"]\nENTRYPOINT ["/server"]`],
    ['the app binary in PATH with a subcommand, distroless base', final('COPY --from=build /out/server /usr/local/bin/server\nHEALTHCHECK CMD ["server", "healthcheck"]', 'gcr.io/distroless/base-debian13')],
    ['the HEALTHCHECK before COPY and a Chainguard static image', `${BUILD}\nFROM cgr.dev/chainguard/static:latest\nHEALTHCHECK --start-period=5s CMD ["/server", "-health"]\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]`],
    ['the python3 that distroless/python3 ships', 'FROM python:3.13-slim AS build\nCOPY app.py /app/app.py\n\nFROM gcr.io/distroless/python3-debian13\nCOPY --from=build /app /app\nHEALTHCHECK CMD ["python3", "/app/app.py", "--health"]\nCMD ["/app/app.py"]'],
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

  it('names the space in a one-string exec form', () => {
    const result = expectRejected(ID, final('HEALTHCHECK CMD ["/server --health"]'), ['healthcheck-binary-present']);
    expect(result.requirements.find((r) => r.id === 'healthcheck-binary-present')?.message).toContain('space included');
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
