import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, type AnswerTable } from './grading.ts';

const ID = 'lean-layers';
const FILES = 'COPY backup.sh /usr/local/bin/backup.sh\nCOPY config/ /etc/backup/\nCMD ["/usr/local/bin/backup.sh"]';
const INSTALL = 'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*';

const image = (...lines: string[]) => ['FROM debian:trixie-slim', ...lines].join('\n');

const VARIANTS: AnswerTable = {
  accepted: [
    ['semicolons, set -eux, apt and the lists folder itself', image('RUN set -eux; apt update; apt install -y --no-install-recommends curl ca-certificates; rm -rf /var/lib/apt/lists', FILES)],
    ['DEBIAN_FRONTEND, -qq, apt-get clean and --chmod', image('RUN apt-get update -qq \\\n && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates curl \\\n && apt-get clean \\\n && rm -rf /var/lib/apt/lists/* /var/cache/apt/*', 'COPY --chmod=755 backup.sh /usr/local/bin/', 'COPY config /etc/backup', 'CMD ["/usr/local/bin/backup.sh"]')],
    ['the script in PATH, started by name, the config file on its own', image(INSTALL, 'COPY backup.sh /usr/local/bin/backup.sh', 'COPY config/backup.conf /etc/backup/backup.conf', 'ENTRYPOINT ["backup.sh"]')],
    ['recommends turned off in apt.conf.d', image(`RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99no-recommends`, 'RUN apt-get update && apt-get install -y curl ca-certificates && rm -rf /var/lib/apt/lists/*', FILES)],
    ['the script installed elsewhere and run from there', image(INSTALL, 'COPY backup.sh /opt/backup/backup.sh', 'COPY config/ /etc/backup/', 'CMD ["/opt/backup/backup.sh"]')],
    ['the option before the subcommand, and a --mount for the cache', image('RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get --no-install-recommends install -y curl ca-certificates && rm -rf /var/lib/apt/lists/*', FILES)],
  ],
  rejected: [
    ['the lists removed before the install, which then finds no packages', image('RUN apt-get update && rm -rf /var/lib/apt/lists/* && apt-get install -y --no-install-recommends curl ca-certificates', FILES), ['lists-cleaned']],
    ['apt-get clean, which keeps the lists', image('RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && apt-get clean', FILES), ['lists-cleaned']],
    ['one of two installs with recommends', image('RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*', FILES), ['no-install-recommends']],
    ['the script and its flag in one JSON string', image(INSTALL, 'COPY backup.sh /usr/local/bin/backup.sh', 'COPY config/ /etc/backup/', 'CMD ["/usr/local/bin/backup.sh --daily"]'), ['same-result']],
    ['a shell as the start command', image(INSTALL, 'COPY backup.sh /usr/local/bin/backup.sh', 'COPY config/ /etc/backup/', 'CMD ["bash"]'), ['same-result']],
    ['the config folder copied somewhere else', image(INSTALL, 'COPY backup.sh /usr/local/bin/backup.sh', 'COPY config/ /etc/', 'CMD ["/usr/local/bin/backup.sh"]'), ['same-result']],
    ['ADD for the script, COPY for the folder', image(INSTALL, 'ADD --chmod=755 backup.sh /usr/local/bin/backup.sh', 'COPY config/ /etc/backup/', 'CMD ["/usr/local/bin/backup.sh"]'), ['copy-not-add']],
    ['the cleanup after exit 0, which never runs', image('RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates; exit 0; rm -rf /var/lib/apt/lists/*', FILES), ['lists-cleaned']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['one package per line and apt-get clean', image('RUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      ca-certificates \\\n      curl \\\n && apt-get clean \\\n && rm -rf /var/lib/apt/lists/*', FILES)],
    ['COPY in JSON form', image(INSTALL, 'COPY ["backup.sh", "/usr/local/bin/backup.sh"]', 'COPY ["config/", "/etc/backup/"]', 'CMD ["/usr/local/bin/backup.sh"]')],
    ['the script handed to bash', image(INSTALL, 'COPY backup.sh /usr/local/bin/backup.sh', 'COPY config/ /etc/backup/', 'CMD ["bash", "/usr/local/bin/backup.sh"]')],
    ['the config file into a folder destination', image(INSTALL, 'COPY backup.sh /usr/local/bin/backup.sh', 'COPY config/backup.conf /etc/backup/', 'CMD ["/usr/local/bin/backup.sh"]')],
  ],
  rejected: [
    ['install in the RUN after update', image('RUN apt-get update', 'RUN apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*', FILES), ['update-with-install']],
    ["only apt's cache removed", image('RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/cache/apt/*', FILES), ['lists-cleaned']],
    ['a misspelt --no-install-recommend, which apt-get rejects', image('RUN apt-get update && apt-get install -y --no-install-recommend curl ca-certificates && rm -rf /var/lib/apt/lists/*', FILES), ['no-install-recommends']],
    ['./backup.sh with no WORKDIR', image(INSTALL, 'COPY backup.sh /usr/local/bin/backup.sh', 'COPY config/ /etc/backup/', 'CMD ["./backup.sh"]'), ['same-result']],
    ['apt-get install without -y, which aborts in a build', image('RUN apt-get update && apt-get install --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*', FILES), ['same-result']],
  ],
};

describe('lean-layers', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    expectRejected(ID, definition(ID).starter, ['copy-not-add', 'update-with-install', 'lists-cleaned', 'no-install-recommends']);
  });

  it.each([
    ['a heredoc RUN and files copied first', `FROM debian:trixie-slim\nCOPY backup.sh /usr/local/bin/\nCOPY config /etc/backup\nRUN <<EOF\nset -eux\napt-get update\napt-get install -y --no-install-recommends ca-certificates curl\nrm -rf /var/lib/apt/lists/*\nEOF\nCMD ["/usr/local/bin/backup.sh"]`],
    ['a cache mount on the lists and the apt option form', `FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get -o APT::Install-Recommends=false install -y curl ca-certificates\n${FILES}`],
    ['ADD kept for a remote file with a checksum', `FROM debian:trixie-slim\n${INSTALL}\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/\n${FILES}`],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects ADD for a local folder', () => {
    expectRejected(ID, `FROM debian:trixie-slim\n${INSTALL}\nCOPY backup.sh /usr/local/bin/backup.sh\nADD config/ /etc/backup/\nCMD ["/usr/local/bin/backup.sh"]`, ['copy-not-add']);
  });

  it('rejects update in its own layer', () => {
    expectRejected(ID, `FROM debian:trixie-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*\n${FILES}`, ['update-with-install']);
  });

  it('rejects the lists removed in a later RUN', () => {
    const result = expectRejected(ID, `FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates\nRUN rm -rf /var/lib/apt/lists/*\n${FILES}`, ['lists-cleaned']);
    expect(result.requirements.find((r) => r.id === 'lists-cleaned')?.message).toContain('later layer');
  });

  it('rejects recommended packages', () => {
    expectRejected(ID, `FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y curl ca-certificates && rm -rf /var/lib/apt/lists/*\n${FILES}`, ['no-install-recommends']);
  });

  it('rejects dropping a package to save space', () => {
    expectRejected(ID, `FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n${FILES}`, ['same-result']);
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
