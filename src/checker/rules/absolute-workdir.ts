import { defineRule } from '../define-rule.ts';
import { holdsInChain } from '../query/stages.ts';

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
    const isAbsolute = (path: string) => path.startsWith('/') || path.startsWith('$') || path.startsWith('\\') || /^[A-Za-z]:/.test(path);
    // As in BuildKit, only the first WORKDIR of a stage and the stages it is built on is checked: the later ones build on it.
    const workdirInChain = holdsInChain((link) => link.instructions.some((instruction) => instruction.keyword === 'WORKDIR'));
    let stageIndex = -2;
    let workdirSet = false;
    for (const instruction of model.instructions) {
      if (instruction.stageIndex !== stageIndex) {
        stageIndex = instruction.stageIndex;
        const base = model.stages[stageIndex]?.baseStage;
        workdirSet = !!base && base.index !== stageIndex && workdirInChain(base);
      }
      if (instruction.keyword !== 'WORKDIR') continue;
      const word = instruction.args[0];
      if (!word) continue;
      const path = word.value;
      if (!workdirSet && !isAbsolute(path)) report({ messageId: 'relative', data: { path }, range: word.range });
      workdirSet = true;
    }
  },
});
