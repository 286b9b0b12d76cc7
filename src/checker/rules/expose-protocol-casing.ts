import { defineRule } from '../define-rule.ts';
import { exposedPorts } from '../query/instructions.ts';

export default defineRule({
  meta: {
    id: 'expose-protocol-casing',
    aliases: { buildkit: ['ExposeProtoCasing'] },
    severity: 'style',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Write EXPOSE protocols in lower case', 'pt-BR': 'Escreva o protocolo do EXPOSE em minúsculas' },
    description: {
      en: 'Docker accepts `80/TCP`, but the documented and displayed form is lower case (`80/tcp`); mixed spellings make images and docs harder to compare.',
      'pt-BR': 'O Docker aceita `80/TCP`, mas a forma documentada e exibida é em minúsculas (`80/tcp`); grafias misturadas dificultam comparar imagens e documentação.',
    },
    examples: { bad: 'EXPOSE 80/TCP', good: 'EXPOSE 80/tcp' },
    messages: {
      upperCase: { en: 'Write the protocol of "{value}" in lower case.', 'pt-BR': 'Escreva o protocolo de "{value}" em minúsculas.' },
    },
  },
  check(model, report) {
    for (const word of exposedPorts(model)) {
      const slash = word.raw.lastIndexOf('/');
      if (slash === -1 || word.hasExpansion) continue;
      const protocol = word.raw.slice(slash + 1);
      if (protocol === protocol.toLowerCase()) continue;
      const fix = word.range.line === word.range.endLine ? [{ ...word.range, text: word.raw.slice(0, slash + 1) + protocol.toLowerCase() }] : undefined;
      report({ messageId: 'upperCase', data: { value: word.value }, range: word.range, fix });
    }
  },
});
