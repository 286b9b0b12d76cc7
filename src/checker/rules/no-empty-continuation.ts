import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'no-empty-continuation',
    aliases: { buildkit: ['NoEmptyContinuation'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'No empty lines inside a continued instruction', 'pt-BR': 'Sem linhas vazias dentro de uma instrução continuada' },
    description: {
      en: 'An empty line after a trailing backslash is silently skipped today, but BuildKit has announced it will become an error. It also makes the instruction look finished when it is not. Remove the empty line (a comment line is fine).',
      'pt-BR': 'Uma linha vazia depois de uma barra invertida no fim da linha hoje é ignorada sem aviso, mas o BuildKit já anunciou que isso vai virar erro. Ela também faz a instrução parecer terminada quando não está. Remova a linha vazia (uma linha de comentário pode).',
    },
    examples: { bad: 'RUN apt-get update && \\\n\n    apt-get install -y curl', good: 'RUN apt-get update && \\\n    apt-get install -y curl' },
    messages: {
      emptyLine: { en: 'Empty line inside a continued instruction: remove it.', 'pt-BR': 'Linha vazia dentro de uma instrução continuada: remova.' },
    },
  },
  check(model, report) {
    for (const instruction of model.instructions) {
      const { line, endLine } = instruction.range;
      if (endLine === line || instruction.heredocs.length > 0) continue;
      for (let n = line + 1; n < endLine; n++) {
        if ((model.lines[n - 1] ?? '').trim() !== '') continue;
        const range = { line: n, column: 1, endLine: n, endColumn: (model.lines[n - 1] ?? '').length + 1 };
        report({ messageId: 'emptyLine', range, fix: [{ line: n, column: 1, endLine: n + 1, endColumn: 1, text: '' }] });
      }
    }
  },
});
