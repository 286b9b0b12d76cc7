import { defineRule } from '../define-rule.ts';
import type { Instruction } from '../model/types.ts';
import { isAbsolutePath, withWorkdirBefore } from '../query/paths.ts';

export default defineRule({
  meta: {
    id: 'absolute-workdir',
    aliases: { hadolint: ['DL3000'], buildkit: ['WorkdirRelativePath'], trivy: ['DS-0009'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Use an absolute WORKDIR', 'pt-BR': 'Use um WORKDIR absoluto' },
    description: {
      en: 'A relative WORKDIR is resolved against whatever directory the base image left, so it changes meaning when the base image changes. An absolute path says exactly where files go. Only the first WORKDIR of a stage (and of the stages it is built on) is checked: later relative ones build on it.',
      'pt-BR': 'Um WORKDIR relativo é resolvido a partir do diretório que a imagem base deixou, então muda de significado quando a imagem base muda. Um caminho absoluto diz exatamente para onde os arquivos vão. Só o primeiro WORKDIR do estágio (e dos estágios em que ele se baseia) é verificado: os relativos seguintes partem dele.',
    },
    examples: { bad: 'WORKDIR app', good: 'WORKDIR /app' },
    messages: {
      relative: { en: 'WORKDIR "{path}" is relative: use an absolute path such as "/{path}".', 'pt-BR': 'O WORKDIR "{path}" é relativo: use um caminho absoluto, como "/{path}".' },
    },
  },
  check(model, report) {
    // As in BuildKit, only the first WORKDIR of a stage and the stages it is built on is checked: the later ones build on it.
    const setsWorkdir = (instruction: Instruction) => instruction.keyword === 'WORKDIR' && instruction.args.length > 0;
    for (const { instruction, workdirBefore } of withWorkdirBefore(model, setsWorkdir)) {
      const word = setsWorkdir(instruction) ? instruction.args[0] : null;
      if (word && !workdirBefore && !isAbsolutePath(word.value)) report({ messageId: 'relative', data: { path: word.value }, range: word.range });
    }
  },
});
