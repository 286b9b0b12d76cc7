import { defineRule } from '../define-rule.ts';
import type { Instruction } from '../model/types.ts';

/** Commands a RUN runs: exec form is one, shell form counts every command (pipes and `&&` included). */
function commandCount(run: Instruction): number {
  return run.json ? 1 : (run.shell?.commands.length ?? 0);
}

/** `--mount`, `--network`, `--security` as written, order aside: RUNs with different flags cannot be merged as they are. */
function flagsKey(run: Instruction): string {
  return run.flags.map((flag) => `${flag.name}=${flag.value ?? ''}`).sort().join('\n');
}

export default defineRule({
  meta: {
    id: 'combine-consecutive-runs',
    aliases: { hadolint: ['DL3059'] },
    severity: 'info',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Consider joining consecutive RUN instructions', 'pt-BR': 'Considere juntar instruções RUN seguidas' },
    description: {
      en: 'Every RUN adds a layer and a step to the build cache. Two RUNs in a row that each run a single command with the same flags can often be one RUN joined with `&&`: one layer instead of two, and files created by the first command can be cleaned up by a later one before the layer is saved. Keep them apart when you want the cache to split them, for example a slow download that rarely changes followed by a step that changes often.',
      'pt-BR': 'Cada RUN acrescenta uma camada e um passo ao cache de build. Dois RUNs seguidos que rodam um único comando cada, com as mesmas flags, muitas vezes podem virar um RUN só, ligado com `&&`: uma camada em vez de duas, e o que o primeiro comando criar pode ser limpo por um comando seguinte antes de a camada ser gravada. Mantenha separados quando quiser que o cache os divida, por exemplo um download lento que quase nunca muda seguido de um passo que muda sempre.',
    },
    examples: {
      bad: 'RUN apt-get update\nRUN apt-get install -y --no-install-recommends curl',
      good: 'RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl',
    },
    messages: {
      consecutive: {
        en: 'This RUN and the one on line {line} each run one command: consider joining them with && into one layer.',
        'pt-BR': 'Este RUN e o da linha {line} rodam um comando cada: considere juntá-los com && numa camada só.',
      },
    },
  },
  check(model, report) {
    // Only instructions count: comments between two RUNs do not separate them.
    let previous: Instruction | null = null;
    for (const instruction of model.instructions) {
      const isRun = instruction.keyword === 'RUN';
      if (isRun && previous && flagsKey(previous) === flagsKey(instruction) && commandCount(previous) <= 1 && commandCount(instruction) <= 1) {
        report({ messageId: 'consecutive', data: { line: previous.range.line }, range: instruction.keywordRange });
      }
      previous = isRun ? instruction : null;
    }
  },
});
