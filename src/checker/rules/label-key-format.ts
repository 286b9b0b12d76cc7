import { defineRule } from '../define-rule.ts';
import type { Instruction } from '../model/types.ts';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** The key as Docker stores it: `LABEL "com.example.vendor"=ACME` names `com.example.vendor`. */
const unquoted = (key: string) => key.replace(/^(["'])(.*)\1$/, '$2');

/** Lower-case letters, digits, `.`, `-` (and `_`, `/`, which tools accept); a letter first, a letter or digit last; no `..` or `--`. */
function isWellFormed(key: string): boolean {
  return /^[a-z](?:[a-z0-9._/-]*[a-z0-9])?$/.test(key) && !key.includes('..') && !key.includes('--');
}

export default defineRule({
  meta: {
    id: 'label-key-format',
    aliases: { hadolint: ['DL3048'] },
    severity: 'style',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Write label keys in the recommended format', 'pt-BR': 'Escreva as chaves de label no formato recomendado' },
    description: {
      en: 'Tools read labels by their exact key, so Docker\'s guidelines ask for one style: lower-case letters, digits, dots and hyphens, beginning and ending with a letter (a final digit is tolerated here), no consecutive dots or hyphens, and a reverse-DNS prefix such as `org.opencontainers.image.` or `com.example.`. The `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces are reserved for Docker\'s own use.',
      'pt-BR': 'As ferramentas leem labels pela chave exata, por isso as orientações do Docker pedem um estilo só: letras minúsculas, dígitos, pontos e hífens, começando e terminando com letra (aqui um dígito no final também é aceito), sem pontos ou hífens seguidos, e com um prefixo DNS invertido como `org.opencontainers.image.` ou `com.example.`. Os namespaces `com.docker.*`, `io.docker.*` e `org.dockerproject.*` são reservados para uso do próprio Docker.',
    },
    examples: { bad: 'LABEL Maintainer="Ana <ana@example.com>"', good: 'LABEL org.opencontainers.image.authors="Ana <ana@example.com>"' },
    messages: {
      reserved: {
        en: 'The label key "{key}" uses the {namespace}* namespace, which is reserved for Docker: use your own reverse-DNS prefix.',
        'pt-BR': 'A chave de label "{key}" usa o namespace {namespace}*, que é reservado para o Docker: use o seu próprio prefixo DNS invertido.',
      },
      format: {
        en: 'The label key "{key}" should use only lower-case letters, digits, dots and hyphens, start with a letter and end with a letter or digit.',
        'pt-BR': 'A chave de label "{key}" deve usar só letras minúsculas, dígitos, pontos e hífens, começar com letra e terminar com letra ou dígito.',
      },
    },
  },
  check(model, report) {
    const labels: Instruction[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'LABEL') labels.push(instruction);
      if (instruction.keyword === 'ONBUILD' && instruction.trigger?.keyword === 'LABEL') labels.push(instruction.trigger);
    }
    for (const label of labels) {
      for (const pair of label.pairs) {
        const key = unquoted(pair.key);
        const namespace = RESERVED.find((prefix) => key.startsWith(prefix));
        if (namespace) report({ messageId: 'reserved', data: { key, namespace }, range: pair.keyRange });
        else if (!isWellFormed(key)) report({ messageId: 'format', data: { key }, range: pair.keyRange });
      }
    }
  },
});
