import { defineRule } from '../define-rule.ts';
import type { Instruction, Stage, Word } from '../model/types.ts';
import { callsOf, insertAfter, type CommandCall } from '../query/commands.ts';
import { actionOf, managerOf, packagesOf } from '../query/package-managers.ts';
import { runCommands } from '../query/run-instructions.ts';
import { inheritedInstructions, stageChain } from '../query/stages.ts';

/** GNU wget short options that take a value: in `-qO-` the letters after `O` are its value. */
const SHORT_WITH_VALUE = new Set(['O', 'o', 'a', 'e', 'i', 'B', 't', 'T', 'w', 'Q', 'P', 'U', 'l', 'A', 'R', 'D', 'I', 'X']);

/** `--progress=…`, `-q`/`--quiet`, `-nv`/`--no-verbose`, or a log file (`-o`, `-a`): wget no longer floods the build log. */
function controlsOutput(args: Word[]): boolean {
  for (const { value } of args) {
    if (value === '--') return false;
    if (value.startsWith('--')) {
      const name = value.slice(2).split('=')[0];
      if (['progress', 'quiet', 'no-verbose', 'output-file', 'append-output'].includes(name)) return true;
      continue;
    }
    if (!value.startsWith('-')) continue;
    for (let i = 1; i < value.length; i++) {
      const letter = value[i];
      if (letter === 'q' || letter === 'o' || letter === 'a') return true;
      if (letter === 'n') {
        if (value[i + 1] === 'v') return true;
        i++;
      } else if (SHORT_WITH_VALUE.has(letter)) break;
    }
  }
  return false;
}

/** Alpine and BusyBox images ship BusyBox wget, which has no dot output, unless GNU wget was installed before. */
function hasBusyboxWget(stage: Stage, before: Instruction): boolean {
  const chain = stageChain(stage);
  const image = chain[chain.length - 1].baseImage;
  if (image.repository !== 'alpine' && image.repository !== 'busybox' && !/(?:^|-)alpine/.test(image.tag ?? '')) return false;
  return !inheritedInstructions(stage).some((instruction) => instruction.index < before.index && callsOf(instruction).some(installsGnuWget));
}

function installsGnuWget(call: CommandCall): boolean {
  if (managerOf(call) !== 'apk' || actionOf(call) !== 'add') return false;
  return packagesOf(call).some((word) => /^wget(?:$|[=~<>])/.test(word.value));
}

export default defineRule({
  meta: {
    id: 'wget-progress',
    aliases: { hadolint: ['DL3047'] },
    severity: 'info',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Keep wget from flooding the build log', 'pt-BR': 'Não deixe o wget inundar o log do build' },
    description: {
      en: 'Without a terminal, GNU wget prints its progress as rows of dots, one dot per kilobyte, so downloading a large file writes thousands of lines into the build log and buries the useful output. Choose the output on purpose: `--progress=dot:giga` (one dot per megabyte), `-nv` (one line per file, errors still shown) or `-q` (silent). BusyBox wget, the one in Alpine images, has no dot output and is not flagged.',
      'pt-BR': 'Sem terminal, o wget GNU mostra o progresso como linhas de pontos, um ponto por kilobyte, então baixar um arquivo grande escreve milhares de linhas no log do build e esconde o que interessa. Escolha a saída de propósito: `--progress=dot:giga` (um ponto por megabyte), `-nv` (uma linha por arquivo, erros continuam aparecendo) ou `-q` (silencioso). O wget do BusyBox, que vem nas imagens Alpine, não tem a saída de pontos e não é apontado.',
    },
    examples: {
      bad: 'RUN wget https://example.com/tool.tar.gz',
      good: 'RUN wget --progress=dot:giga https://example.com/tool.tar.gz',
    },
    messages: {
      noProgress: {
        en: 'wget without --progress, -nv or -q fills the build log with progress dots: add --progress=dot:giga or -nv.',
        'pt-BR': 'wget sem --progress, -nv ou -q enche o log do build de pontos de progresso: adicione --progress=dot:giga ou -nv.',
      },
    },
  },
  check(model, report) {
    for (const { host, call } of runCommands(model)) {
      if (call.name !== 'wget' || controlsOutput(call.args)) continue;
      const stage = model.stages[host.stageIndex];
      if (stage && hasBusyboxWget(stage, host)) continue;
      report({ messageId: 'noProgress', range: call.command.range, fix: [insertAfter(call.nameWord, ' --progress=dot:giga')] });
    }
  },
});
