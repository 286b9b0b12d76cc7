import { testRule } from '../rule-tester.ts';

testRule('no-credential-files', {
  valid: [
    'FROM node:22-slim\nCOPY package.json package-lock.json ./',
    { code: 'FROM alpine:3.20\nCOPY known_hosts /root/.ssh/known_hosts', name: 'public host keys' },
    { code: 'FROM alpine:3.20\nCOPY id_ed25519.pub /home/app/.ssh/authorized_keys', name: 'a public key' },
    { code: 'FROM alpine:3.20\nCOPY config/settings.json /app/config.json', name: 'a config.json that is not Docker\'s' },
    { code: 'FROM alpine:3.20\nCOPY docker/config.json /app/', name: 'a docker folder without the dot' },
    'FROM node:22-slim\nCOPY . .',
    { code: 'FROM node:22-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci', name: 'a secret mount' },
    { code: 'FROM alpine:3.20\nCOPY $CONFIG_DIR/ /etc/app/', name: 'a path held in a variable' },
  ],
  invalid: [
    { code: 'FROM node:22-slim\nCOPY .npmrc ./', errors: [{ messageId: 'credentials', line: 2, column: 6, endLine: 2, endColumn: 12 }] },
    {
      code: 'FROM node:22-slim\nCOPY --chown=node:node package.json .npmrc ./',
      errors: [{ messageId: 'credentials', line: 2, column: 37 }],
      name: 'among other sources',
    },
    { code: 'FROM alpine:3.20\nCOPY keys/id_rsa /root/.ssh/id_rsa', errors: [{ messageId: 'credentials', line: 2, column: 6 }], name: 'an SSH private key' },
    { code: 'FROM alpine:3.20\nCOPY deploy-key /root/.ssh/id_ed25519', errors: [{ messageId: 'credentials', line: 2, column: 6 }], name: 'copied to where ssh reads its key' },
    { code: 'FROM python:3.12\nCOPY .aws /root/.aws', errors: [{ messageId: 'credentials', line: 2, column: 6 }], name: 'a whole credentials folder' },
    { code: 'FROM docker:27-cli\nCOPY auth.json /root/.docker/config.json', errors: [{ messageId: 'credentials', line: 2, column: 6 }], name: 'registry credentials' },
    { code: 'FROM docker:27-cli\nCOPY config.json /root/.docker/', errors: [{ messageId: 'credentials', line: 2, column: 6 }], name: 'into the folder where they are read' },
    { code: 'FROM alpine:3.20\nADD .git-credentials /root/', errors: [{ messageId: 'credentials', line: 2, column: 5 }], name: 'ADD' },
    { code: 'FROM alpine:3.20\nCOPY [".netrc", "/root/.netrc"]', errors: [{ messageId: 'credentials', line: 2, column: 6 }], name: 'exec form' },
    {
      code: 'FROM alpine:3.20 AS keys\nFROM alpine:3.20\nCOPY --from=keys /root/.ssh /root/.ssh',
      errors: [{ messageId: 'credentials', line: 3, column: 18 }],
      name: 'from another stage',
    },
    { code: 'FROM python:3.12\nCOPY ./.pypirc /root/', errors: [{ messageId: 'credentials', line: 2, column: 6 }], name: 'PyPI upload credentials' },
  ],
});
