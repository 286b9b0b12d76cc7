import { defineRule } from '../define-rule.ts';
import { argumentValues } from '../query/instructions.ts';
import { isAbsolutePath, withWorkdirBefore } from '../query/paths.ts';

export default defineRule({
  meta: {
    id: 'copy-relative-dest-without-workdir',
    aliases: { hadolint: ['DL3045'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Set WORKDIR before copying to a relative path', 'pt-BR': 'Defina o WORKDIR antes de copiar para um caminho relativo' },
    description: {
      en: 'A relative COPY destination is resolved against the working directory, which, without a WORKDIR in your stage, is whatever the base image chose (often `/`). Set WORKDIR first or use an absolute destination.',
      'pt-BR': 'Um destino relativo no COPY é resolvido a partir do diretório de trabalho, que, sem WORKDIR no seu estágio, é o que a imagem base escolheu (muitas vezes `/`). Defina o WORKDIR antes ou use um destino absoluto.',
    },
    examples: { bad: 'FROM node:24-slim\nCOPY package.json .', good: 'FROM node:24-slim\nWORKDIR /app\nCOPY package.json .' },
    messages: {
      noWorkdir: { en: 'COPY to "{dest}" depends on the base image\'s working directory: set WORKDIR first.', 'pt-BR': 'O COPY para "{dest}" depende do diretório de trabalho da imagem base: defina o WORKDIR antes.' },
    },
  },
  check(model, report) {
    for (const { instruction, workdirBefore } of withWorkdirBefore(model)) {
      if (workdirBefore || (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD')) continue;
      const values = argumentValues(instruction);
      const dest = values[values.length - 1];
      if (values.length < 2 || !dest || isAbsolutePath(dest)) continue;
      const word = instruction.json === null ? instruction.args[instruction.args.length - 1] : null;
      report({ messageId: 'noWorkdir', data: { dest }, range: word?.range ?? instruction.argsRange ?? instruction.keywordRange });
    }
  },
});
