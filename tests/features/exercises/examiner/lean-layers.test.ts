// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

const copies = `COPY backup.sh /usr/local/bin/backup.sh
COPY config/ /etc/backup/
CMD ["/usr/local/bin/backup.sh"]
`;

describe('examiner: lean-layers', () => {
  answerTable('lean-layers', {
    accepted: [
      ['the hinted RUN on trixie', `FROM debian:trixie-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
${copies}`],
      ['one line, flags in another order', `FROM debian:trixie-slim
RUN apt-get update && apt-get install --no-install-recommends -y ca-certificates curl && rm -rf /var/lib/apt/lists/*
${copies}`],
      ['heredoc RUN', `FROM debian:trixie-slim
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends curl ca-certificates
rm -rf /var/lib/apt/lists/*
EOF
${copies}`],
      ['COPY --chmod into a folder, script found on PATH', `FROM debian:trixie-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends \\
      ca-certificates \\
      curl \\
 && rm -rf /var/lib/apt/lists/*
COPY --chmod=0755 backup.sh /usr/local/bin/
COPY config /etc/backup
CMD ["backup.sh"]
`],
      ['apt-get clean too, -y before the verb, ENTRYPOINT', `FROM debian:trixie-slim
RUN apt-get update && \\
    apt-get -y install --no-install-recommends curl ca-certificates && \\
    apt-get clean && \\
    rm -rf /var/lib/apt/lists/*
COPY backup.sh /usr/local/bin/backup.sh
COPY config/ /etc/backup/
ENTRYPOINT ["/usr/local/bin/backup.sh"]
`],
      ['--yes and -qq', `FROM debian:trixie-slim
RUN set -eux; \\
    apt-get update -qq; \\
    apt-get install --yes -qq --no-install-recommends curl ca-certificates; \\
    rm -rf /var/lib/apt/lists/*
${copies}`],
    ],
    rejected: [
      ['cleanup in its own RUN', `FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates
RUN rm -rf /var/lib/apt/lists/*
${copies}`, ['lists-cleaned']],
      ['cleanup before the install', `FROM debian:trixie-slim
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y --no-install-recommends curl ca-certificates
${copies}`, ['lists-cleaned']],
      ['cleanup of the wrong folder', `FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/cache/apt/lists/*
${copies}`, ['lists-cleaned']],
      ['ADD kept for the config folder', `FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*
COPY backup.sh /usr/local/bin/backup.sh
ADD config/ /etc/backup/
CMD ["/usr/local/bin/backup.sh"]
`, ['copy-not-add']],
      ['recommended packages still installed', `FROM debian:trixie-slim
RUN apt-get update && apt-get install -y curl ca-certificates && rm -rf /var/lib/apt/lists/*
${copies}`, ['no-install-recommends']],
      ['no -y', `FROM debian:trixie-slim
RUN apt-get update && apt-get install --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*
${copies}`, ['same-result']],
      ['update in its own RUN', `FROM debian:trixie-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*
${copies}`, ['update-with-install']],
      ['ca-certificates dropped', `FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
${copies}`, ['same-result']],
      ['CMD points at a path the script was not copied to', `FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*
COPY backup.sh /usr/local/bin/
COPY config/ /etc/backup/
CMD ["/backup.sh"]
`, ['same-result']],
    ],
  });
});
