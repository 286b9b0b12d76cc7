import { defineRule } from '../define-rule.ts';
import { runCommands } from '../query/run-instructions.ts';

export default defineRule({
  meta: {
    id: 'consistent-download-tool',
    aliases: { hadolint: ['DL4001'], trivy: ['DS-0014'] },
    severity: 'style',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Use either curl or wget, not both', 'pt-BR': 'Use curl ou wget, não os dois' },
    description: {
      en: 'Using both curl and wget means both must be installed, which adds packages (and their vulnerabilities) to the image for no gain. Pick one download tool.',
      'pt-BR': 'Usar curl e wget ao mesmo tempo obriga a instalar os dois, o que põe pacotes (e suas vulnerabilidades) na imagem sem ganho nenhum. Escolha uma ferramenta de download.',
    },
    examples: { bad: 'RUN wget https://a/x\nRUN curl -fsSLO https://b/y', good: 'RUN curl -fsSLO https://a/x\nRUN curl -fsSLO https://b/y' },
    messages: {
      both: { en: 'This stage uses {tool} here and {other} on line {line}: pick one download tool.', 'pt-BR': 'Este estágio usa {tool} aqui e {other} na linha {line}: escolha uma ferramenta de download.' },
    },
  },
  check(model, report) {
    const firstUse = new Map<string, { line: number; stage: number }>();
    for (const { call, stage } of runCommands(model)) {
      const stageIndex = stage?.index ?? -1;
      if (call.name !== 'curl' && call.name !== 'wget') continue;
      const other = call.name === 'curl' ? 'wget' : 'curl';
      const otherUse = firstUse.get(`${stageIndex}:${other}`);
      if (otherUse && !firstUse.has(`${stageIndex}:${call.name}`)) {
        report({ messageId: 'both', data: { tool: call.name, other, line: otherUse.line }, range: call.nameWord.range });
      }
      if (!firstUse.has(`${stageIndex}:${call.name}`)) firstUse.set(`${stageIndex}:${call.name}`, { line: call.nameWord.range.line, stage: stageIndex });
    }
  },
});
