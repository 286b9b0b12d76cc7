// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

describe('examiner: go-static-scratch', () => {
  answerTable('go-static-scratch', {
    accepted: [
      ['the hinted scratch build on golang:1.27', `FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /bin/weather .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /bin/weather /weather
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/weather"]
`],
      ['distroless static (ships the CA bundle), CGO off through ENV', `FROM golang:1.27 AS builder
ENV CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /out/weather .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=builder /out/weather /weather
EXPOSE 8080
ENTRYPOINT ["/weather"]
`],
      ['distroless base (glibc) running a cgo binary', `FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /bin/weather .

FROM gcr.io/distroless/base-debian13
COPY --from=build /bin/weather /weather
EXPOSE 8080
CMD ["/weather"]
`],
      ['alpine builder without a C compiler, certs copied as a folder', `FROM golang:1.27-alpine AS build
RUN apk add --no-cache ca-certificates
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /weather .

FROM scratch
COPY --from=build /etc/ssl/certs /etc/ssl/certs
COPY --from=build /weather /weather
ENTRYPOINT ["/weather"]
`],
      ['ARG-driven Go version, unnamed stage copied with --from=0', `ARG GO_VERSION=1.27
FROM golang:\${GO_VERSION}
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -o /out/weather .

FROM scratch
COPY --from=0 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=0 /out/weather /usr/local/bin/weather
EXPOSE 8080
CMD ["/usr/local/bin/weather"]
`],
      ['heredoc build step', `FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN <<EOF
set -e
CGO_ENABLED=0 go build -o /bin/weather .
EOF

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /bin/weather /weather
ENTRYPOINT ["/weather"]
`],
    ],
    rejected: [
      ['scratch without the CA bundle', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/weather .

FROM scratch
COPY --from=build /bin/weather /weather
ENTRYPOINT ["/weather"]
`, ['ca-certificates']],
      ['plain go build on the gcc-equipped golang image, then scratch', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN go build -o /bin/weather .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /bin/weather /weather
ENTRYPOINT ["/weather"]
`, ['static-binary']],
      ['CGO_ENABLED exported in its own RUN (gone in the next one)', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN export CGO_ENABLED=0
RUN go build -o /bin/weather .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /bin/weather /weather
ENTRYPOINT ["/weather"]
`, ['static-binary']],
      ['CGO_ENABLED set in the final stage instead of the build stage', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN go build -o /bin/weather .

FROM scratch
ENV CGO_ENABLED=0
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /bin/weather /weather
ENTRYPOINT ["/weather"]
`, ['static-binary']],
      ['shell-form CMD on scratch (no /bin/sh)', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/weather .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /bin/weather /weather
CMD /weather
`, ['binary-copied']],
      ['final stage is alpine, not scratch or distroless', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/weather .

FROM alpine:3.22
RUN apk add --no-cache ca-certificates
COPY --from=build /bin/weather /weather
ENTRYPOINT ["/weather"]
`, ['minimal-final']],
      ['final stage is golang again', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/weather .

FROM golang:1.27
COPY --from=build /bin/weather /weather
ENTRYPOINT ["/weather"]
`, ['multi-stage', 'minimal-final']],
      ['CA bundle copied to / where Go does not look', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/weather .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /
COPY --from=build /bin/weather /weather
ENTRYPOINT ["/weather"]
`, ['ca-certificates']],
      ['binary copied from the build context, not from the build stage', `FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bin/weather .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY weather /weather
ENTRYPOINT ["/weather"]
`, ['binary-copied']],
    ],
  });
});
