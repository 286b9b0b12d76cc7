import { defineRule } from '../define-rule.ts';

const SHELL_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export default defineRule({
  meta: {
    id: 'no-shell-in-shell-less-image',
    aliases: {},
    severity: 'error',
    fixable: false,
    lesson: 'distroless',
    title: { en: 'No shell form in scratch or distroless stages', 'pt-BR': 'Nada de forma shell em estágios scratch ou distroless' },
    description: {
      en: 'Shell form (`RUN make`, `CMD node app.js`) runs through `/bin/sh -c`, and scratch and distroless images have no /bin/sh: RUN fails at build time and CMD, ENTRYPOINT or HEALTHCHECK fail when the container starts. Use the JSON form, and do build work in an earlier stage.',
      'pt-BR': 'A forma shell (`RUN make`, `CMD node app.js`) roda via `/bin/sh -c`, e imagens scratch e distroless não têm /bin/sh: o RUN falha no build e o CMD, o ENTRYPOINT ou o HEALTHCHECK falham quando o container sobe. Use a forma JSON e faça o trabalho de build num estágio anterior.',
    },
    examples: { bad: 'FROM gcr.io/distroless/nodejs24-debian13\nCMD node server.js', good: 'FROM gcr.io/distroless/nodejs24-debian13\nCMD ["server.js"]' },
    messages: {
      noShell: { en: '{instruction} in shell form needs /bin/sh, which the {kind} base image does not have: use the JSON form.', 'pt-BR': '{instruction} na forma shell precisa de /bin/sh, que a imagem base {kind} não tem: use a forma JSON.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      if (!stage.scratch && !stage.distroless) continue;
      if (stage.instructions.some((instruction) => instruction.keyword === 'SHELL')) continue;
      const kind = stage.scratch ? 'scratch' : 'distroless';
      for (const instruction of stage.instructions) {
        if (!SHELL_FORM.has(instruction.keyword) || instruction.json !== null || instruction.argsText === '') continue;
        if (instruction.keyword === 'HEALTHCHECK' && instruction.args[0]?.value.toUpperCase() !== 'CMD') continue;
        if (instruction.keyword === 'HEALTHCHECK' && instruction.args.length < 2) continue;
        report({ messageId: 'noShell', data: { instruction: instruction.keyword, kind }, range: instruction.argsRange ?? instruction.keywordRange });
      }
    }
  },
});
