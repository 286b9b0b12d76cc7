import { defineRule } from '../define-rule.ts';
import { casingOf } from '../query/text.ts';

export default defineRule({
  meta: {
    id: 'consistent-instruction-casing',
    aliases: { buildkit: ['ConsistentInstructionCasing'] },
    severity: 'style',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Write instructions in one casing', 'pt-BR': 'Escreva as instruções com a mesma caixa' },
    description: {
      en: 'Docker accepts `run` and `RUN` alike, but mixing them makes a Dockerfile harder to scan, and instructions are easier to tell apart from their arguments in upper case. Pick one casing (upper case is the convention) and stick to it.',
      'pt-BR': 'O Docker aceita `run` e `RUN` do mesmo jeito, mas misturar os dois deixa o Dockerfile mais difícil de ler, e em maiúsculas fica mais fácil separar a instrução dos argumentos. Escolha uma caixa (maiúsculas é a convenção) e mantenha.',
    },
    examples: { bad: 'FROM alpine:3.24\nrun echo hi', good: 'FROM alpine:3.24\nRUN echo hi' },
    messages: {
      inconsistent: { en: '"{written}" should be written "{expected}" like the other instructions.', 'pt-BR': '"{written}" deveria estar escrito "{expected}", como as outras instruções.' },
    },
  },
  check(model, report) {
    const known = model.instructions.filter((instruction) => /^[A-Za-z]+$/.test(instruction.keywordAsWritten));
    const lower = known.filter((instruction) => casingOf(instruction.keywordAsWritten) === 'lower').length;
    const upper = known.filter((instruction) => casingOf(instruction.keywordAsWritten) === 'upper').length;
    const majority = lower > upper ? 'lower' : 'upper';
    for (const instruction of known) {
      if (casingOf(instruction.keywordAsWritten) === majority) continue;
      const expected = majority === 'lower' ? instruction.keyword.toLowerCase() : instruction.keyword;
      report({ messageId: 'inconsistent', data: { written: instruction.keywordAsWritten, expected }, range: instruction.keywordRange, fix: [{ ...instruction.keywordRange, text: expected }] });
    }
  },
});
