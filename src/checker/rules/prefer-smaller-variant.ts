import { defineRule } from '../define-rule.ts';
import { finalStage } from '../query/commands.ts';
import { isOfficial } from '../query/images.ts';

/** Official language images whose default tag is a full Debian with compilers. */
const HAS_SLIM_VARIANT = new Set(['python', 'node', 'ruby', 'perl', 'openjdk', 'debian']);
const SMALL_TAG = /(?:^|-)(?:slim|alpine|distroless|minimal|windowsservercore|nanoserver)/;

export default defineRule({
  meta: {
    id: 'prefer-smaller-variant',
    aliases: {},
    severity: 'info',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Consider a slim or Alpine variant', 'pt-BR': 'Considere uma variante slim ou Alpine' },
    description: {
      en: 'The default tags of official language images are built on full Debian with compilers and headers: around 1 GB that the running app rarely needs. The `-slim` (Debian) or `-alpine` variants are several times smaller, pull faster and carry fewer vulnerabilities.',
      'pt-BR': 'As tags padrão das imagens oficiais de linguagens são feitas sobre um Debian completo, com compiladores e headers: perto de 1 GB que a aplicação rodando quase nunca usa. As variantes `-slim` (Debian) ou `-alpine` são várias vezes menores, baixam mais rápido e trazem menos vulnerabilidades.',
    },
    examples: { bad: 'FROM python:3.12', good: 'FROM python:3.13-slim' },
    messages: {
      useSlim: { en: '"{image}" is the full image: "{suggestion}" or an Alpine variant is much smaller.', 'pt-BR': '"{image}" é a imagem completa: "{suggestion}" ou uma variante Alpine é bem menor.' },
    },
  },
  check(model, report) {
    const stage = finalStage(model);
    if (!stage || stage.baseStage || !stage.baseImageRange || stage.baseImage.raw.includes('$')) return;
    const image = stage.baseImage;
    if (!isOfficial(image) || !HAS_SLIM_VARIANT.has(image.repository) || image.digest) return;
    if (image.tag && SMALL_TAG.test(image.tag)) return;
    // `latest-slim` is not a tag to recommend: point at a versioned slim tag instead.
    const suggestion = image.tag && image.tag !== 'latest' ? `${image.raw}-slim` : `${image.raw.replace(/:latest$/, '')}:<version>-slim`;
    report({ messageId: 'useSlim', data: { image: image.raw, suggestion }, range: stage.baseImageRange });
  },
});
