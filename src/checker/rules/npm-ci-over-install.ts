import { defineRule } from '../define-rule.ts';
import { positionals } from '../query/commands.ts';
import { runCommands } from '../query/run-instructions.ts';

const VALUE_OPTIONS = new Set(['--prefix', '--registry', '--cache', '--workspace', '-w', '--omit', '--include', '--loglevel']);

export default defineRule({
  meta: {
    id: 'npm-ci-over-install',
    aliases: {},
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Use npm ci to install dependencies', 'pt-BR': 'Use npm ci para instalar as dependências' },
    description: {
      en: '`npm install` may resolve newer versions than the lockfile and rewrite it, so two builds of the same commit can ship different code. `npm ci` installs exactly what package-lock.json says and fails if it is out of date.',
      'pt-BR': 'O `npm install` pode resolver versões mais novas que as do lockfile e reescrevê-lo, então dois builds do mesmo commit podem levar código diferente. O `npm ci` instala exatamente o que está no package-lock.json e falha se ele estiver desatualizado.',
    },
    examples: { bad: 'COPY package*.json ./\nRUN npm install', good: 'COPY package*.json ./\nRUN npm ci --omit=dev' },
    messages: {
      useNpmCi: { en: 'Use "npm ci" to install exactly the versions in package-lock.json.', 'pt-BR': 'Use "npm ci" para instalar exatamente as versões do package-lock.json.' },
    },
  },
  check(model, report) {
    for (const { call } of runCommands(model)) {
      if (call.name !== 'npm') continue;
      const [sub, ...rest] = positionals(call.args, VALUE_OPTIONS);
      if (!sub || !['install', 'i'].includes(sub.value)) continue;
      const afterSub = call.args.slice(call.args.indexOf(sub) + 1);
      if (afterSub.some((word) => ['-g', '--global', '--location=global'].includes(word.value))) continue;
      if (rest.length > 0) continue;
      report({ messageId: 'useNpmCi', range: call.command.range });
    }
  },
});
