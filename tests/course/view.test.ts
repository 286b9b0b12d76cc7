import { describe, expect, it } from 'vitest';
import { viewOf } from '../../src/course/view.ts';

describe('view context of a page', () => {
  it.each([
    ['/en/namespaces/', 'en', 'en', 'reading'],
    ['/pt-br/namespaces/slides/', 'pt-br', 'pt-BR', 'deck'],
    ['/en/talk/', 'en', 'en', 'talk'],
    ['/pt-br/talk/30/', 'pt-br', 'pt-BR', 'talk'],
    ['/en/playground/', 'en', 'en', 'reading'],
    ['/', 'en', 'en', 'reading'],
  ])('%s → %s, %s, %s', (path, locale, lang, mode) => {
    const view = viewOf(path);
    expect(view).toMatchObject({ locale, lang, mode, inDeck: mode !== 'reading' });
  });
});
