import { defineRule } from '../define-rule.ts';
import type { TextEdit } from '../types.ts';
import { OTHER_OFFICIAL_IMAGES, OTHER_TAG_WORDS, TAG_WORDS, WELL_KNOWN_IMAGES, imageBases, isOfficial } from '../query/images.ts';
import { editDistance } from '../query/text.ts';

/** The well-known word one edit away from `word`, if exactly that. */
function closest(word: string, candidates: readonly string[], alsoValid: readonly string[]): string | null {
  if (word.length < 4 || candidates.includes(word) || alsoValid.includes(word)) return null;
  const near = candidates.filter((candidate) => candidate.length >= 4 && editDistance(word, candidate, 1) === 1);
  return near.length === 1 ? near[0] : null;
}

export default defineRule({
  meta: {
    id: 'image-name-typo',
    aliases: {},
    severity: 'warning',
    fixable: true,
    lesson: 'dockerfile-practices',
    title: { en: 'Possible typo in the image name or tag', 'pt-BR': 'Possível erro de digitação no nome ou na tag da imagem' },
    description: {
      en: 'An image name one letter away from a well-known one (`apline`, `ubunut`, `nginix`) either fails to pull or, worse, pulls an image somebody registered to catch exactly that typo. Tag variants (`slim-bookwrom`, `alipne`) fail with "manifest unknown".',
      'pt-BR': 'Um nome de imagem a uma letra de distância de um nome conhecido (`apline`, `ubunut`, `nginix`) ou falha no pull ou, pior, baixa uma imagem que alguém registrou justamente para pegar esse erro. Variantes de tag erradas (`slim-bookwrom`, `alipne`) falham com "manifest unknown".',
    },
    examples: { bad: 'FROM apline:3.24\nFROM python:3.13-slim-trixei', good: 'FROM alpine:3.24\nFROM python:3.13-slim-trixie' },
    messages: {
      imageTypo: { en: '"{written}" looks like a typo of the official image "{suggestion}".', 'pt-BR': '"{written}" parece erro de digitação da imagem oficial "{suggestion}".' },
      tagTypo: { en: 'The tag part "{written}" looks like a typo of "{suggestion}".', 'pt-BR': 'O trecho "{written}" da tag parece erro de digitação de "{suggestion}".' },
    },
  },
  check(model, report) {
    for (const { stage, image, word } of imageBases(model)) {
      if (stage.scratch || word.hasExpansion || !isOfficial(image)) continue;
      const nameStart = word.raw.indexOf(image.repository);
      const suggestion = closest(image.repository, WELL_KNOWN_IMAGES, OTHER_OFFICIAL_IMAGES);
      if (suggestion && nameStart !== -1) {
        const range = { line: word.range.line, column: word.range.column + nameStart, endLine: word.range.line, endColumn: word.range.column + nameStart + image.repository.length };
        const fix: TextEdit[] = word.range.line === word.range.endLine ? [{ ...range, text: suggestion }] : [];
        report({ messageId: 'imageTypo', data: { written: image.repository, suggestion }, range, fix });
      }
      if (!image.tag || word.range.line !== word.range.endLine) continue;
      const tagStart = word.raw.lastIndexOf(':' + image.tag) + 1;
      let offset = 0;
      for (const part of image.tag.split(/([-_.])/)) {
        const partSuggestion = /^[a-z]+$/.test(part) ? closest(part, TAG_WORDS, OTHER_TAG_WORDS) : null;
        if (partSuggestion && tagStart > 0) {
          const column = word.range.column + tagStart + offset;
          const range = { line: word.range.line, column, endLine: word.range.line, endColumn: column + part.length };
          report({ messageId: 'tagTypo', data: { written: part, suggestion: partSuggestion }, range, fix: [{ ...range, text: partSuggestion }] });
        }
        offset += part.length;
      }
    }
  },
});
