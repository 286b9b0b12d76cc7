import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'absolute-workdir',
    aliases: { hadolint: ['DL3000'], buildkit: ['WorkdirRelativePath'], trivy: ['DS-0009'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Use an absolute WORKDIR', 'pt-BR': 'Use um WORKDIR absoluto' },
    description: {
      en: 'A relative WORKDIR is resolved against whatever directory the base image left, so it changes meaning when the base image changes. An absolute path says exactly where files go.',
      'pt-BR': 'Um WORKDIR relativo é resolvido a partir do diretório que a imagem base deixou, então muda de significado quando a imagem base muda. Um caminho absoluto diz exatamente para onde os arquivos vão.',
    },
    examples: { bad: 'WORKDIR app', good: 'WORKDIR /app' },
    messages: {
      relative: { en: 'WORKDIR "{path}" is relative: use an absolute path such as "/{path}".', 'pt-BR': 'O WORKDIR "{path}" é relativo: use um caminho absoluto, como "/{path}".' },
    },
  },
  check(model, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'WORKDIR') continue;
      const word = instruction.args[0];
      if (!word) continue;
      const path = word.value;
      if (path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\')) continue;
      report({ messageId: 'relative', data: { path }, range: word.range });
    }
  },
});
