import { describe, expect, it } from 'vitest';
import en from '../../src/translations/en.json' with { type: 'json' };
import ptBr from '../../src/translations/pt-br.json' with { type: 'json' };
import { t } from '../../src/course/i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('exist in both languages with the same keys', () => {
    expect(Object.keys(ptBr).sort()).toEqual(Object.keys(en).sort());
  });
  it('use the same placeholders in both languages and are never empty', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(ptBr[key]), key).toEqual(placeholders(en[key]));
      expect(ptBr[key].trim(), key).not.toBe('');
    }
  });
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('pt-br', 'lesson.duration', { minutes: 25 })).toBe('25 min');
    expect(t('en', 'deck.lessonOf', { n: 2 })).toBe('Lesson 2 of {total}');
  });
});
