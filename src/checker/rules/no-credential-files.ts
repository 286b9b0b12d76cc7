import { defineRule } from '../define-rule.ts';
import { argumentValues, instructionsOf } from '../query/instructions.ts';
import type { SourceRange } from '../types.ts';

/** Files that hold registry, cloud or Git credentials, or private keys, by their usual path. */
const CREDENTIAL_FILES = [
  '.aws/credentials', '.docker/config.json', '.kube/config', '.git-credentials', '.netrc', '_netrc', '.npmrc', '.pypirc',
  '.vault-token', 'application_default_credentials.json', 'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519',
];
/** Directories whose usual content is credentials: copying the folder copies them. */
const CREDENTIAL_DIRS = ['.ssh', '.aws', '.kube', '.docker', '.gnupg'];

const clean = (path: string) => path.replace(/^\.\//, '').replace(/(.)\/+$/, '$1');
const endsWithPath = (path: string, suffix: string) => path === suffix || path.endsWith(`/${suffix}`);
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function credentialIn(source: string, destination: string, destinationIsDir: boolean): string | null {
  const from = clean(source);
  if (CREDENTIAL_FILES.some((file) => endsWithPath(from, file)) || CREDENTIAL_DIRS.some((dir) => endsWithPath(from, dir))) return source;
  // `COPY creds /root/.aws/credentials` or `COPY config.json /root/.docker/`: the file lands where tools read credentials.
  const to = destinationIsDir ? `${clean(destination)}/${baseName(from)}` : clean(destination);
  return CREDENTIAL_FILES.some((file) => endsWithPath(to, file)) ? to : null;
}

export default defineRule({
  meta: {
    id: 'no-credential-files',
    aliases: {},
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Do not copy credential files into the image', 'pt-BR': 'Não copie arquivos de credenciais para a imagem' },
    description: {
      en: 'Files such as `.npmrc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json` or an SSH private key usually hold tokens and passwords. COPY writes them into a layer, and anyone who can pull the image can extract them, even if a later RUN deletes the file. Give the build a secret mount instead (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, or `--mount=type=ssh` for Git over SSH) and keep these files out of the context with `.dockerignore`.',
      'pt-BR': 'Arquivos como `.npmrc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json` ou uma chave SSH privada costumam guardar tokens e senhas. O COPY grava esses arquivos numa camada, e qualquer pessoa que consiga baixar a imagem consegue extraí-los, mesmo que um RUN posterior apague o arquivo. Use um secret mount no build (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, ou `--mount=type=ssh` para Git via SSH) e deixe esses arquivos fora do contexto com o `.dockerignore`.',
    },
    examples: {
      bad: 'COPY .npmrc package.json package-lock.json ./\nRUN npm ci && rm .npmrc',
      good: 'COPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
    },
    messages: {
      credentials: {
        en: '"{path}" looks like a credentials file: {instruction} stores it in a layer. Use a secret mount (RUN --mount=type=secret) instead.',
        'pt-BR': '"{path}" parece um arquivo de credenciais: o {instruction} o grava numa camada. Use um secret mount (RUN --mount=type=secret) no lugar.',
      },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'COPY', 'ADD')) {
      const words = instruction.json ? null : instruction.args;
      const paths = argumentValues(instruction);
      if (paths.length < 2) continue;
      const destination = paths[paths.length - 1];
      const destinationIsDir = destination.endsWith('/') || paths.length > 2;
      for (let i = 0; i < paths.length - 1; i++) {
        if (paths[i].includes('://') || paths[i].includes('$')) continue;
        const path = credentialIn(paths[i], destination, destinationIsDir);
        if (!path) continue;
        const range: SourceRange = words?.[i].range ?? instruction.argsRange ?? instruction.keywordRange;
        report({ messageId: 'credentials', data: { path, instruction: instruction.keyword }, range });
        break;
      }
    }
  },
});
