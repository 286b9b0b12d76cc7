import { defineRule } from '../define-rule.ts';

const ONLY_LAST_COUNTS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineRule({
  meta: {
    id: 'single-cmd-entrypoint-healthcheck',
    aliases: { hadolint: ['DL4003', 'DL4004', 'DL3012'], buildkit: ['MultipleInstructionsDisallowed'], trivy: ['DS-0016', 'DS-0007', 'DS-0023'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'One CMD, ENTRYPOINT and HEALTHCHECK per stage', 'pt-BR': 'Um CMD, um ENTRYPOINT e um HEALTHCHECK por estágio' },
    description: {
      en: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the earlier ones are silently ignored. Extra ones usually mean someone expected both commands to run. Keep one of each and start several processes from a script if you really need to.',
      'pt-BR': 'Só o último CMD, ENTRYPOINT ou HEALTHCHECK de um estágio vale; os anteriores são ignorados sem aviso. Ter mais de um costuma indicar que alguém esperava que os dois comandos rodassem. Deixe um de cada e, se precisar mesmo de vários processos, inicie-os a partir de um script.',
    },
    examples: { bad: 'CMD ["nginx"]\nCMD ["php-fpm"]', good: 'CMD ["/usr/local/bin/start.sh"]' },
    messages: {
      overridden: { en: 'This {instruction} is overridden by the one on line {line}: only the last {instruction} of a stage is used.', 'pt-BR': 'Este {instruction} é substituído pelo da linha {line}: só o último {instruction} do estágio vale.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      for (const keyword of ONLY_LAST_COUNTS) {
        const found = stage.instructions.filter((instruction) => instruction.keyword === keyword);
        const last = found[found.length - 1];
        for (const instruction of found.slice(0, -1)) {
          report({ messageId: 'overridden', data: { instruction: keyword, line: last.range.line }, range: instruction.keywordRange });
        }
      }
    }
  },
});
