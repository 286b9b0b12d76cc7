import { testRule } from '../rule-tester.ts';

testRule('secrets-in-arg-env', {
  valid: [
    'FROM alpine:3.20\nARG VERSION=1\nENV PUBLIC_KEY=abc KEYBOARD=us TOKENIZER=x',
    'FROM alpine:3.20\nENV NODE_ENV production',
    'FROM python:3.12-slim\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\nARG SSL_KEY_PATH=/etc/ssl/key.pem',
    { name: 'BuildKit allows *_VERSION and *_FILE names', code: 'FROM alpine:3.20\nARG AUTH_MODULE_VERSION=2\nENV PASSWORD_FILE=/run/secrets/db secret_File=x' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nARG NPM_TOKEN\nENV DB_PASSWORD=hunter2 aws_secret_access_key=x', errors: [{ messageId: 'secret', line: 2, column: 5, endLine: 2, endColumn: 14 }, { messageId: 'secret', line: 3, column: 5, endLine: 3, endColumn: 16 }, { messageId: 'secret', line: 3, column: 25, endLine: 3, endColumn: 46 }] },
    { code: 'FROM alpine:3.20\nENV API_KEY abc', errors: [{ messageId: 'secret', line: 2, column: 5, endLine: 2, endColumn: 12 }] },
    { name: 'an access key id is still a credential', code: 'ARG AWS_ACCESS_KEY_ID\nFROM alpine:3.20', errors: [{ messageId: 'secret', line: 1, column: 5 }] },
    { name: 'ONBUILD ENV lands in child images', code: 'FROM alpine:3.20\nONBUILD ENV GITHUB_TOKEN=x', errors: [{ messageId: 'secret', line: 2, column: 13 }] },
  ],
});
