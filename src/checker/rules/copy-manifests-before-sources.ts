import { defineRule } from '../define-rule.ts';
import type { Instruction } from '../model/types.ts';
import { callsOf, type CommandCall } from '../query/commands.ts';

/** Dependency installs and the manifest files they read. */
function dependencyInstall(call: CommandCall): string | null {
  const [first, second] = call.args.map((word) => word.value);
  if (call.name === 'npm' && ['ci', 'install', 'i'].includes(first ?? '') && !call.args.slice(1).some((w) => !w.value.startsWith('-'))) return 'package.json';
  if ((call.name === 'yarn' && (first === undefined || first === 'install')) || (call.name === 'pnpm' && first === 'install')) return 'package.json';
  if (/^pip[0-9.]*$/.test(call.name) && first === 'install' && call.args.some((word) => word.value === '-r' || word.value === '--requirement')) return 'requirements.txt';
  if (call.name === 'go' && first === 'mod' && second === 'download') return 'go.mod';
  if (call.name === 'bundle' && (first === undefined || first === 'install')) return 'Gemfile';
  if (call.name === 'composer' && first === 'install') return 'composer.json';
  if ((call.name === 'poetry' || call.name === 'uv') && (first === 'install' || first === 'sync')) return 'pyproject.toml';
  return null;
}

/** `COPY . .`, `COPY . /app`, `COPY ./ ./`: the whole build context. */
function copiesWholeContext(instruction: Instruction): boolean {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return false;
  if (instruction.flags.some((flag) => flag.name === 'from')) return false;
  const values = instruction.json ?? instruction.args.map((word) => word.value);
  return values.slice(0, -1).some((source) => source === '.' || source === './');
}

export default defineRule({
  meta: {
    id: 'copy-manifests-before-sources',
    aliases: {},
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Copy dependency manifests before the source code', 'pt-BR': 'Copie os manifestos de dependências antes do código' },
    description: {
      en: 'Docker reuses a cached layer only while everything before it is unchanged. After `COPY . .`, any edit to any file invalidates the dependency install, so every build downloads everything again. Copy the manifest (package.json and lockfile, requirements.txt, go.mod/go.sum …), install, then copy the rest.',
      'pt-BR': 'O Docker só reaproveita uma camada do cache enquanto tudo antes dela continua igual. Depois de um `COPY . .`, qualquer mudança em qualquer arquivo invalida a instalação das dependências, e todo build baixa tudo de novo. Copie o manifesto (package.json e lockfile, requirements.txt, go.mod/go.sum …), instale e só depois copie o resto.',
    },
    examples: {
      bad: 'WORKDIR /app\nCOPY . .\nRUN npm ci',
      good: 'WORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .',
    },
    messages: {
      installAfterCopyAll: { en: 'Dependencies are installed after COPY on line {line} copied everything: copy {manifest} first and install before copying the sources.', 'pt-BR': 'As dependências são instaladas depois que o COPY da linha {line} copiou tudo: copie {manifest} antes e instale antes de copiar o código.' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      let copyAll: Instruction | null = null;
      let manifestCopiedFirst = false;
      for (const instruction of stage.instructions) {
        if (copiesWholeContext(instruction)) {
          copyAll ??= instruction;
          continue;
        }
        if ((instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && !copyAll) manifestCopiedFirst = true;
        if (instruction.keyword !== 'RUN' || !copyAll || manifestCopiedFirst) continue;
        for (const call of callsOf(instruction)) {
          const manifest = dependencyInstall(call);
          if (!manifest) continue;
          report({ messageId: 'installAfterCopyAll', data: { line: copyAll.range.line, manifest }, range: call.command.range });
          copyAll = null;
          break;
        }
      }
    }
  },
});
