import { defineRule } from '../define-rule.ts';
import { instructionsOf } from '../query/instructions.ts';
import { callsOf } from '../query/commands.ts';

const DOWNLOADERS = new Set(['curl', 'wget']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

export default defineRule({
  meta: {
    id: 'no-curl-pipe-shell',
    aliases: {},
    severity: 'warning',
    fixable: false,
    lesson: 'security-layers',
    title: { en: 'Do not pipe a download into a shell', 'pt-BR': 'Não mande um download direto para o shell' },
    description: {
      en: '`curl … | sh` runs whatever the server sends at build time, unverified and different from one build to the next. Download the script or binary to a file, check its checksum or signature, then run it.',
      'pt-BR': '`curl … | sh` executa o que o servidor mandar na hora do build, sem verificação e podendo mudar de um build para o outro. Baixe o script ou binário para um arquivo, confira o checksum ou a assinatura e só então execute.',
    },
    examples: {
      bad: 'RUN curl -fsSL https://example.com/install.sh | sh',
      good: 'RUN curl -fsSLo install.sh https://example.com/install.sh \\\n && echo "<sha256>  install.sh" | sha256sum -c - \\\n && sh install.sh',
    },
    messages: {
      pipeToShell: { en: '{downloader} output is piped into {shell}: download to a file and verify it first.', 'pt-BR': 'A saída do {downloader} vai direto para o {shell}: baixe para um arquivo e verifique antes.' },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'RUN')) {
      const calls = callsOf(instruction);
      for (let i = 0; i + 1 < calls.length; i++) {
        const download = calls[i];
        const next = calls[i + 1];
        if (!download.command.pipesInto || next.command.joinedBy !== '|') continue;
        if (!DOWNLOADERS.has(download.name) || !SHELLS.has(next.name) || next.args.some((word) => word.value === '-c')) continue;
        const range = { ...download.command.range, endLine: next.command.range.endLine, endColumn: next.command.range.endColumn };
        report({ messageId: 'pipeToShell', data: { downloader: download.name, shell: next.name }, range });
      }
    }
  },
});
