import { defineRule } from '../define-rule.ts';
import { argumentValues, instructionsOf } from '../query/instructions.ts';

/** How `docker history` shows a COPY (`file:<sha256> in /dst`): one source, not two. */
const HISTORY_SOURCE = /^(?:file|multi|dir):[0-9a-f]{64}$/;

export default defineRule({
  meta: {
    id: 'copy-multiple-sources-dest-slash',
    aliases: { hadolint: ['DL3021'], trivy: ['DS-0011'] },
    severity: 'error',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'End the destination with / when copying several files', 'pt-BR': 'Termine o destino com / ao copiar vários arquivos' },
    description: {
      en: 'With more than one source, the destination of COPY or ADD must be a directory, written with a trailing slash; otherwise the build fails. The slash also makes the intent clear to readers.',
      'pt-BR': 'Com mais de uma origem, o destino do COPY ou do ADD precisa ser um diretório, escrito com barra no final; senão o build falha. A barra também deixa a intenção clara para quem lê.',
    },
    examples: { bad: 'COPY package.json package-lock.json /app', good: 'COPY package.json package-lock.json /app/' },
    messages: {
      needsSlash: { en: 'With several sources the destination "{dest}" must end with "/".', 'pt-BR': 'Com várias origens, o destino "{dest}" precisa terminar com "/".' },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'COPY', 'ADD')) {
      if (instruction.heredocs.length > 0) continue;
      const values = argumentValues(instruction);
      if (values.length <= 2 || (values.length === 3 && HISTORY_SOURCE.test(values[0]) && values[1] === 'in')) continue;
      const dest = values[values.length - 1];
      if (dest.endsWith('/') || dest.endsWith('\\') || dest.includes('$')) continue;
      const last = instruction.args[instruction.args.length - 1];
      const fix = instruction.json === null && last ? [{ line: last.range.endLine, column: last.range.endColumn, endLine: last.range.endLine, endColumn: last.range.endColumn, text: '/' }] : undefined;
      report({ messageId: 'needsSlash', data: { dest }, range: instruction.json === null && last ? last.range : instruction.argsRange ?? instruction.keywordRange, fix });
    }
  },
});
