// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

const build = `FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .
`;

describe('examiner: distroless-healthcheck', () => {
  answerTable('distroless-healthcheck', {
    accepted: [
      ['the hinted fix on current tags', `${build}
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/server", "--health"]
ENTRYPOINT ["/server"]
`],
      ['a separate static health-check binary built and copied', `FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server . \\
 && CGO_ENABLED=0 go build -o /out/healthcheck ./cmd/healthcheck

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
COPY --from=build /out/healthcheck /healthcheck
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/healthcheck"]
ENTRYPOINT ["/server"]
`],
      ['scratch final image', `${build}
FROM scratch
COPY --from=build /out/server /server
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=2s CMD ["/server", "--health"]
ENTRYPOINT ["/server"]
`],
      ['binary under /app with WORKDIR, USER nonroot and a multi-line HEALTHCHECK', `${build}
FROM gcr.io/distroless/static-debian13
WORKDIR /app
COPY --from=build --chown=nonroot:nonroot /out/server /app/server
USER nonroot:nonroot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s \\
  CMD [ "/app/server", "--health" ]
ENTRYPOINT ["/app/server"]
`],
      ['distroless base image, binary in /usr/local/bin', `${build}
FROM gcr.io/distroless/base-debian13:nonroot
COPY --from=build /out/server /usr/local/bin/server
EXPOSE 8080
HEALTHCHECK CMD ["/usr/local/bin/server", "--health"]
ENTRYPOINT ["/usr/local/bin/server"]
`],
      ['ARG-driven distroless image with a default', `ARG RUNTIME_IMAGE=gcr.io/distroless/static-debian13:nonroot
${build}
FROM \${RUNTIME_IMAGE}
COPY --from=build /out/server /server
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/server", "--health"]
ENTRYPOINT ["/server"]
`],
    ],
    rejected: [
      ['curl in exec form (distroless has no curl)', `${build}
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-f", "http://localhost:8080/healthz"]
ENTRYPOINT ["/server"]
`, ['healthcheck-binary-present']],
      ['the right command in shell form (needs /bin/sh)', `${build}
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD /server --health
ENTRYPOINT ["/server"]
`, ['healthcheck-exec-form']],
      ['single-quoted JSON (Docker falls back to shell form)', `${build}
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ['/server', '--health']
ENTRYPOINT ["/server"]
`, ['healthcheck-exec-form', 'healthcheck-binary-present']],
      ['healthcheck path does not match where the binary was copied', `${build}
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/server", "--health"]
ENTRYPOINT ["/server"]
`, ['healthcheck-binary-present']],
      ['health-check binary built but never copied to the final image', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server . && CGO_ENABLED=0 go build -o /out/healthcheck ./cmd/healthcheck

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
HEALTHCHECK --interval=30s --timeout=3s CMD ["/healthcheck"]
ENTRYPOINT ["/server"]
`, ['healthcheck-binary-present']],
      ['exec form wrapping a shell', `${build}
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
HEALTHCHECK --interval=30s --timeout=3s CMD ["/bin/sh", "-c", "/server --health || exit 1"]
ENTRYPOINT ["/server"]
`, ['healthcheck-binary-present']],
      ['wget in exec form', `${build}
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
HEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["/server"]
`, ['healthcheck-binary-present']],
      ['the server binary without its health flag (starts a second server)', `${build}
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
HEALTHCHECK --interval=30s --timeout=3s CMD ["/server"]
ENTRYPOINT ["/server"]
`, ['healthcheck-binary-present']],
      ['final image swapped to Debian', `${build}
FROM debian:trixie-slim
COPY --from=build /out/server /server
HEALTHCHECK --interval=30s --timeout=3s CMD ["/server", "--health"]
ENTRYPOINT ["/server"]
`, ['distroless-final']],
      ['HEALTHCHECK left in the build stage only', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .
HEALTHCHECK CMD ["/out/server", "--health"]

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
`, ['healthcheck-exec-form', 'healthcheck-binary-present']],
    ],
  });
});
