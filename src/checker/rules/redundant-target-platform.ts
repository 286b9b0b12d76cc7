import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'redundant-target-platform',
    aliases: { hadolint: ['DL3065'], buildkit: ['RedundantTargetPlatform'] },
    severity: 'info',
    fixable: true,
    lesson: 'docker-and-oci',
    title: { en: 'Drop --platform=$TARGETPLATFORM', 'pt-BR': 'Remova o --platform=$TARGETPLATFORM' },
    description: {
      en: 'A stage is built for the target platform by default, so `FROM --platform=$TARGETPLATFORM` changes nothing and only adds noise. Use `--platform` when a stage must run on a different platform, typically `$BUILDPLATFORM` for cross-compiling.',
      'pt-BR': 'Um estágio já é construído para a plataforma de destino por padrão, então `FROM --platform=$TARGETPLATFORM` não muda nada e só polui. Use `--platform` quando o estágio precisa rodar em outra plataforma, normalmente `$BUILDPLATFORM` para compilação cruzada.',
    },
    examples: { bad: 'FROM --platform=$TARGETPLATFORM alpine:3.24', good: 'FROM alpine:3.24' },
    messages: {
      redundant: { en: '--platform={value} is the default: remove it.', 'pt-BR': '--platform={value} já é o padrão: remova.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      const flag = stage.from.flags.find((candidate) => candidate.name === 'platform');
      if (!flag?.value || !/^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/.test(flag.value)) continue;
      const next = stage.from.args[0];
      const fix = next && next.range.line === flag.range.line ? [{ ...flag.range, endColumn: next.range.column, text: '' }] : undefined;
      report({ messageId: 'redundant', data: { value: flag.value }, range: flag.range, fix });
    }
  },
});
