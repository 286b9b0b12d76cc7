import { defineRule } from '../define-rule.ts';
import { argumentValues, instructionsOf } from '../query/instructions.ts';

const REMOTE = /^(?:https?|git|ssh):\/\/|^git@/i;
/** ADD unpacks a local tar archive, plain or compressed with gzip, bzip2, xz or zstd: it looks at the content, not the name. */
const TAR_ARCHIVE = /\.(?:tar|gz|tgz|bz2|tbz2?|tb2|xz|txz|zst|tzst)$/i;
/** How `docker history` shows the source of an ADD (`file:<sha256> in /dst`): an image's history, not a Dockerfile line. */
const HISTORY_SOURCE = /^(?:file|multi|dir):[0-9a-f]{64}$/;

export default defineRule({
  meta: {
    id: 'prefer-copy-over-add',
    aliases: { hadolint: ['DL3020'], trivy: ['DS-0005'] },
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Use COPY for local files', 'pt-BR': 'Use COPY para arquivos locais' },
    description: {
      en: 'ADD also downloads URLs and unpacks tar archives, so a plain file copy with ADD hides intent and can extract something you meant to copy as is. COPY does only one thing; keep ADD for URLs, Git sources and archives you want unpacked.',
      'pt-BR': 'O ADD também baixa URLs e descompacta arquivos tar, então usar ADD para uma cópia simples esconde a intenção e pode extrair algo que você queria copiar do jeito que está. O COPY faz uma coisa só; deixe o ADD para URLs, repositórios Git e arquivos que você quer descompactar.',
    },
    examples: { bad: 'ADD app.py /app/', good: 'COPY app.py /app/\nADD https://example.com/tool.tar.gz /opt/' },
    messages: {
      useCopy: { en: 'Use COPY instead of ADD to copy local files.', 'pt-BR': 'Use COPY em vez de ADD para copiar arquivos locais.' },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'ADD')) {
      if (instruction.heredocs.length > 0) continue;
      if (instruction.flags.some((flag) => ['checksum', 'keep-git-dir', 'unpack'].includes(flag.name))) continue;
      const values = argumentValues(instruction);
      const sources = values.slice(0, -1);
      if (sources.length === 0 || instruction.args.some((word) => word.hasExpansion)) continue;
      if (sources.some((source) => REMOTE.test(source) || TAR_ARCHIVE.test(source) || HISTORY_SOURCE.test(source) || source.includes('$'))) continue;
      const copy = instruction.keywordAsWritten === instruction.keywordAsWritten.toLowerCase() ? 'copy' : 'COPY';
      report({ messageId: 'useCopy', range: instruction.keywordRange, fix: [{ ...instruction.keywordRange, text: copy }] });
    }
  },
});
