import { defineRule } from '../define-rule.ts';
import type { Stage } from '../model/types.ts';

const CANNOT_FAIL = new Set(['echo', 'printf']);
const SHELLS_WITH_PIPEFAIL = /(?:^|\/)(?:bash|zsh|ash|ksh|mksh|sh)$/;

export default defineRule({
  meta: {
    id: 'pipefail-before-pipe',
    aliases: { hadolint: ['DL4006'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Set pipefail before using pipes', 'pt-BR': 'Ative o pipefail antes de usar pipes' },
    description: {
      en: 'A pipeline returns the status of its last command, so `curl … | tar x` succeeds even when the download fails, and the build goes on with a broken layer. Start the RUN with `set -o pipefail` (or set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`).',
      'pt-BR': 'Um pipeline devolve o status do último comando, então `curl … | tar x` dá certo mesmo quando o download falha, e o build segue com uma camada quebrada. Comece o RUN com `set -o pipefail` (ou defina `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`).',
    },
    examples: { bad: 'RUN curl -fsSL https://example.com/x.tgz | tar xz', good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar xz' },
    messages: {
      missingPipefail: { en: 'This pipe hides failures of "{command}": set -o pipefail first.', 'pt-BR': 'Este pipe esconde falhas de "{command}": use set -o pipefail antes.' },
    },
  },
  check(model, report) {
    // The SHELL a stage ends with, which a stage built on it (`FROM base`) starts with.
    const finalShell = new Map<Stage, string[] | null>();
    let shell: string[] | null = null;
    let stageIndex = -2;
    for (const instruction of model.instructions) {
      if (instruction.stageIndex !== stageIndex) {
        const previous = model.stages[stageIndex];
        if (previous) finalShell.set(previous, shell);
        stageIndex = instruction.stageIndex;
        const base = model.stages[stageIndex]?.baseStage;
        shell = (base && finalShell.get(base)) ?? null;
      }
      if (instruction.keyword === 'SHELL') shell = instruction.json;
      if (instruction.keyword !== 'RUN' || !instruction.shell || instruction.shell.pipes === 0) continue;
      if (shell && (!SHELLS_WITH_PIPEFAIL.test(shell[0] ?? '') || shell.includes('pipefail'))) continue;
      let pipefail = false;
      for (const command of instruction.shell.commands) {
        if (command.name === 'set' && command.words.some((word, i) => word.value === 'pipefail' && /^-[a-z]*o$/.test(command.words[i - 1]?.value ?? ''))) pipefail = true;
        // `echo … | sha256sum -c` cannot hide a failure: echo and printf do not fail.
        if (command.pipesInto && !pipefail && !CANNOT_FAIL.has(command.name)) {
          report({ messageId: 'missingPipefail', data: { command: command.name }, range: command.range });
          break;
        }
      }
    }
  },
});
