import { defineRule } from '../define-rule.ts';
import type { Word } from '../model/types.ts';
import { callsOf } from '../query/commands.ts';
import { resolvePath } from '../query/paths.ts';

const MOVES_FILES = new Set(['mv', 'cp', 'ln', 'install', 'cd', 'curl', 'wget', 'tar', 'unzip', 'git', 'rsync']);

const baseName = (path: string) => path.split('/').filter(Boolean).pop() ?? '';

/** Files a command reads by path: `pip install -r X`, `cat X`, `sh X`, `npm ci --prefix X`. */
function readPaths(name: string, args: Word[]): Word[] {
  if (/^pip[0-9.]*$/.test(name)) return args.filter((_, i) => i > 0 && ['-r', '--requirement', '-c', '--constraint'].includes(args[i - 1].value));
  if (['cat', 'sh', 'bash', 'source', '.'].includes(name)) return args.filter((word) => !word.value.startsWith('-'));
  if (name === 'npm') return args.filter((_, i) => i > 0 && args[i - 1].value === '--prefix');
  return [];
}

export default defineRule({
  meta: {
    id: 'copy-path-mismatch',
    aliases: {},
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'RUN reads a file where COPY did not put it', 'pt-BR': 'O RUN lê um arquivo onde o COPY não o colocou' },
    description: {
      en: '`COPY requirements.txt .` puts the file in the current WORKDIR, so `pip install -r /requirements.txt` looks in the wrong place and the build fails with "No such file". Use the same path in both, relative to WORKDIR.',
      'pt-BR': '`COPY requirements.txt .` coloca o arquivo no WORKDIR atual, então `pip install -r /requirements.txt` procura no lugar errado e o build falha com "No such file". Use o mesmo caminho nos dois, relativo ao WORKDIR.',
    },
    examples: {
      bad: 'WORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r /requirements.txt',
      good: 'WORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    },
    messages: {
      wrongPath: { en: '"{path}" was not copied there: COPY on line {line} put {file} at "{copied}".', 'pt-BR': '"{path}" não foi copiado para lá: o COPY da linha {line} colocou {file} em "{copied}".' },
    },
  },
  check(model, report) {
    for (const stage of model.stages) {
      if (stage.baseStage) continue;
      let workdir = '/';
      const copied = new Map<string, { path: string; line: number }>();
      const copiedPaths = new Set<string>();
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'WORKDIR' && instruction.args[0]) {
          if (instruction.args[0].hasExpansion) return;
          workdir = resolvePath(workdir, instruction.args[0].value);
        } else if (instruction.keyword === 'COPY' && instruction.heredocs.length === 0 && !instruction.flags.some((flag) => flag.name === 'from')) {
          const values = instruction.json ?? instruction.args.map((word) => word.value);
          if (values.length < 2 || values.some((value) => value.includes('$') || /[*?[]/.test(value))) continue;
          const dest = values[values.length - 1];
          for (const source of values.slice(0, -1)) {
            const file = baseName(source);
            if (!file) continue;
            const intoDirectory = resolvePath(workdir, `${dest}/${file}`);
            copied.set(file, { path: intoDirectory, line: instruction.range.line });
            copiedPaths.add(intoDirectory);
            // `COPY f /app` copies into /app when /app is a directory: both paths are possible.
            if (!dest.endsWith('/') && dest !== '.' && values.length === 2) copiedPaths.add(resolvePath(workdir, dest));
          }
        } else if (instruction.keyword === 'RUN') {
          const calls = callsOf(instruction);
          // Files moved, linked or fetched in the same RUN may really be at the path it reads.
          if (calls.some((call) => MOVES_FILES.has(call.name))) continue;
          for (const call of calls) {
            for (const word of readPaths(call.name, call.args)) {
              if (word.hasExpansion) continue;
              const wanted = resolvePath(workdir, word.value);
              const copy = copied.get(baseName(word.value));
              if (!copy || copiedPaths.has(wanted) || copy.path === wanted) continue;
              report({ messageId: 'wrongPath', data: { path: word.value, line: copy.line, file: baseName(word.value), copied: copy.path }, range: word.range });
            }
          }
        }
      }
    }
  },
});
