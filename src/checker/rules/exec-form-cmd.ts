import { defineRule } from '../define-rule.ts';
import { instructionsOf } from '../query/instructions.ts';
import { holdsInChain } from '../query/stages.ts';

const PLAIN_WORD = /^[A-Za-z0-9_./:@%+=,-]+$/;

export default defineRule({
  meta: {
    id: 'exec-form-cmd',
    aliases: { hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Use the exec form for CMD and ENTRYPOINT', 'pt-BR': 'Use a forma exec no CMD e no ENTRYPOINT' },
    description: {
      en: 'In shell form the command runs under `/bin/sh -c`, so the shell is PID 1 and does not forward SIGTERM: `docker stop` waits and then kills the process without a clean shutdown. The JSON (exec) form runs your program directly as PID 1.',
      'pt-BR': 'Na forma shell o comando roda dentro de `/bin/sh -c`, então o shell vira o PID 1 e não repassa o SIGTERM: o `docker stop` espera e depois mata o processo sem um desligamento limpo. A forma JSON (exec) roda o seu programa direto como PID 1.',
    },
    examples: { bad: 'CMD node server.js', good: 'CMD ["node", "server.js"]' },
    messages: {
      useExecForm: { en: '{instruction} in shell form runs under /bin/sh, which does not pass signals on: use the JSON form.', 'pt-BR': '{instruction} na forma shell roda dentro do /bin/sh, que não repassa sinais: use a forma JSON.' },
    },
  },
  check(model, report) {
    // A SHELL set in this stage or in a stage it is built on (`FROM base`) replaces /bin/sh, as in BuildKit.
    const shellInChain = holdsInChain((link) => link.instructions.some((instruction) => instruction.keyword === 'SHELL'));
    for (const instruction of instructionsOf(model, 'CMD', 'ENTRYPOINT')) {
      if (instruction.json !== null || instruction.argsText === '') continue;
      const stage = model.stages[instruction.stageIndex];
      if (stage?.baseStage && stage.baseStage !== stage && shellInChain(stage.baseStage)) continue;
      if (stage?.instructions.some((other) => other.keyword === 'SHELL' && other.index < instruction.index)) continue;
      const words = instruction.args;
      const simple = instruction.range.line === instruction.range.endLine && words.every((word) => PLAIN_WORD.test(word.raw));
      const fix = simple && instruction.argsRange ? [{ ...instruction.argsRange, text: JSON.stringify(words.map((word) => word.value)).replace(/","/g, '", "') }] : undefined;
      report({ messageId: 'useExecForm', data: { instruction: instruction.keyword }, range: instruction.argsRange ?? instruction.keywordRange, fix });
    }
  },
});
