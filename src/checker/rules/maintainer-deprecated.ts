import { defineRule } from '../define-rule.ts';
import { instructionsOf } from '../query/instructions.ts';

export default defineRule({
  meta: {
    id: 'maintainer-deprecated',
    aliases: { hadolint: ['DL4000'], buildkit: ['MaintainerDeprecated'], trivy: ['DS-0022'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'MAINTAINER is deprecated', 'pt-BR': 'MAINTAINER está obsoleto' },
    description: {
      en: 'MAINTAINER was deprecated in favour of labels, which tools can read in a standard way. Write the author in the OCI label `org.opencontainers.image.authors`.',
      'pt-BR': 'O MAINTAINER foi descontinuado em favor de labels, que as ferramentas leem de forma padronizada. Coloque o autor na label OCI `org.opencontainers.image.authors`.',
    },
    examples: { bad: 'MAINTAINER Ana <ana@example.com>', good: 'LABEL org.opencontainers.image.authors="Ana <ana@example.com>"' },
    messages: {
      deprecated: { en: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead.', 'pt-BR': 'MAINTAINER está obsoleto: use LABEL org.opencontainers.image.authors no lugar.' },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'MAINTAINER')) {
      const fix = [];
      if (instruction.range.line === instruction.range.endLine && instruction.argsText !== '') {
        const author = instruction.argsText.replace(/^"(.*)"$/, '$1').replace(/(["\\])/g, '\\$1');
        fix.push({ ...instruction.range, text: `LABEL org.opencontainers.image.authors="${author}"` });
      }
      report({ messageId: 'deprecated', range: instruction.keywordRange, fix });
    }
  },
});
