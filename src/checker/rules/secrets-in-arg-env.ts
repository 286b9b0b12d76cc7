import { defineRule } from '../define-rule.ts';

const SECRET = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/**
 * BuildKit's allow list (public, file, version) plus names that hold public material or point at a secret without
 * containing it (GPG_KEY is a key fingerprint, KEY_PATH a location).
 */
const NOT_SECRET = /(?:^|_)(?:public|file|version|pub|gpg|pgp|fingerprint|keyserver|keyring|url|path|dir)(?:_|$)/i;

export default defineRule({
  meta: {
    id: 'secrets-in-arg-env',
    aliases: { hadolint: ['DL3064'], buildkit: ['SecretsUsedInArgOrEnv'] },
    severity: 'warning',
    fixable: false,
    lesson: 'security-layers',
    title: { en: 'Do not pass secrets with ARG or ENV', 'pt-BR': 'Não passe segredos por ARG ou ENV' },
    description: {
      en: 'ARG and ENV values are stored in the image metadata and history, where anyone who can pull the image can read them with `docker history` or `docker inspect`. Use BuildKit secret mounts (`RUN --mount=type=secret`) at build time and inject secrets at run time.',
      'pt-BR': 'Valores de ARG e ENV ficam gravados nos metadados e no histórico da imagem, e qualquer pessoa que consiga baixá-la lê tudo com `docker history` ou `docker inspect`. Use secret mounts do BuildKit (`RUN --mount=type=secret`) no build e injete os segredos na execução.',
    },
    examples: { bad: 'ARG NPM_TOKEN\nENV DB_PASSWORD=hunter2', good: 'RUN --mount=type=secret,id=npm_token \\\n    NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci' },
    messages: {
      secret: { en: '{instruction} "{name}" looks like a secret: it would be stored in the image. Use a secret mount instead.', 'pt-BR': '{instruction} "{name}" parece um segredo: ele ficaria gravado na imagem. Use um secret mount no lugar.' },
    },
  },
  check(model, report) {
    for (const written of model.instructions) {
      // ONBUILD ENV/ARG lands in every child image built from this one.
      const instruction = written.keyword === 'ONBUILD' && written.trigger ? written.trigger : written;
      if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') continue;
      for (const pair of instruction.pairs) {
        if (SECRET.test(pair.key) && !NOT_SECRET.test(pair.key)) {
          report({ messageId: 'secret', data: { instruction: instruction.keyword, name: pair.key }, range: pair.keyRange });
        }
      }
    }
  },
});
