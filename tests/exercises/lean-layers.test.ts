import { describe, expect, it } from 'vitest';
import { definition, expectAccepted, expectRejected } from './grading.ts';

const ID = 'lean-layers';
const FILES = 'COPY backup.sh /usr/local/bin/backup.sh\nCOPY config/ /etc/backup/\nCMD ["/usr/local/bin/backup.sh"]';
const INSTALL = 'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*';

describe('lean-layers', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    expectRejected(ID, definition(ID).starter, ['copy-not-add', 'update-with-install', 'lists-cleaned', 'no-install-recommends']);
  });

  it.each([
    ['a heredoc RUN and files copied first', `FROM debian:bookworm-slim\nCOPY backup.sh /usr/local/bin/\nCOPY config /etc/backup\nRUN <<EOF\nset -eux\napt-get update\napt-get install -y --no-install-recommends ca-certificates curl\nrm -rf /var/lib/apt/lists/*\nEOF\nCMD ["/usr/local/bin/backup.sh"]`],
    ['a cache mount on the lists and the apt option form', `FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get -o APT::Install-Recommends=false install -y curl ca-certificates\n${FILES}`],
    ['ADD kept for a remote file with a checksum', `FROM debian:bookworm-slim\n${INSTALL}\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/\n${FILES}`],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects ADD for a local folder', () => {
    expectRejected(ID, `FROM debian:bookworm-slim\n${INSTALL}\nCOPY backup.sh /usr/local/bin/backup.sh\nADD config/ /etc/backup/\nCMD ["/usr/local/bin/backup.sh"]`, ['copy-not-add']);
  });

  it('rejects update in its own layer', () => {
    expectRejected(ID, `FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*\n${FILES}`, ['update-with-install']);
  });

  it('rejects the lists removed in a later RUN', () => {
    const result = expectRejected(ID, `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates\nRUN rm -rf /var/lib/apt/lists/*\n${FILES}`, ['lists-cleaned']);
    expect(result.requirements.find((r) => r.id === 'lists-cleaned')?.message).toContain('later layer');
  });

  it('rejects recommended packages', () => {
    expectRejected(ID, `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl ca-certificates && rm -rf /var/lib/apt/lists/*\n${FILES}`, ['no-install-recommends']);
  });

  it('rejects dropping a package to save space', () => {
    expectRejected(ID, `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n${FILES}`, ['same-result']);
  });
});
