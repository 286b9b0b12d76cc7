import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'duplicate-stage-name',
    aliases: { hadolint: ['DL3024'], buildkit: ['DuplicateStageName'], trivy: ['DS-0012'] },
    severity: 'error',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Stage names must be unique', 'pt-BR': 'Nomes de estágio precisam ser únicos' },
    description: {
      en: 'Two stages with the same name (names are case-insensitive) make `COPY --from` and `--target` ambiguous, and BuildKit refuses the Dockerfile. Give every stage its own name.',
      'pt-BR': 'Dois estágios com o mesmo nome (sem diferenciar maiúsculas) deixam `COPY --from` e `--target` ambíguos, e o BuildKit recusa o Dockerfile. Dê um nome diferente para cada estágio.',
    },
    examples: { bad: 'FROM node:24 AS build\nFROM golang:1.27 AS build', good: 'FROM node:24 AS web-build\nFROM golang:1.27 AS api-build' },
    messages: {
      duplicate: { en: 'Stage name "{name}" is already used on line {line}.', 'pt-BR': 'O nome de estágio "{name}" já foi usado na linha {line}.' },
    },
  },
  check(model, report) {
    const seen = new Map<string, number>();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const key = stage.name.toLowerCase();
      const line = seen.get(key);
      if (line !== undefined) report({ messageId: 'duplicate', data: { name: stage.name, line }, range: stage.nameRange });
      else seen.set(key, stage.from.range.line);
    }
  },
});
