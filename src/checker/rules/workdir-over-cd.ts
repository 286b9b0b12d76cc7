import { defineRule } from '../define-rule.ts';
import { instructionsOf } from '../query/instructions.ts';

export default defineRule({
  meta: {
    id: 'workdir-over-cd',
    aliases: { hadolint: ['DL3003'], trivy: ['DS-0013'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Use WORKDIR instead of cd', 'pt-BR': 'Use WORKDIR em vez de cd' },
    description: {
      en: 'A `cd` inside RUN lasts only until that RUN ends, so the next instruction silently runs somewhere else. WORKDIR sets the directory for every following instruction and for the container, and creates it if needed.',
      'pt-BR': 'Um `cd` dentro do RUN só vale até o fim daquele RUN, e a instrução seguinte roda em outro lugar sem avisar. O WORKDIR define o diretório para todas as instruções seguintes e para o container, e ainda cria a pasta se precisar.',
    },
    examples: { bad: 'RUN cd /app && npm ci', good: 'WORKDIR /app\nRUN npm ci' },
    messages: {
      useWorkdir: { en: 'Use WORKDIR to change directory instead of "cd" in RUN.', 'pt-BR': 'Use WORKDIR para trocar de diretório em vez de "cd" no RUN.' },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'RUN')) {
      const cd = instruction.shell?.commands.find((command) => command.name === 'cd' && command.words.length > 1);
      if (cd) report({ messageId: 'useWorkdir', range: cd.range });
    }
  },
});
