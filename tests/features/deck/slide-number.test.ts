import { describe, expect, it } from 'vitest';
import en from '../../../src/translations/en.json' with { type: 'json' };
import ptBr from '../../../src/translations/pt-br.json' with { type: 'json' };
import { translateFrom } from '../../../src/ui/strings.ts';
import { counterText, deepDivesBelow, positionOfLabel, slideLabel } from '../../../src/features/deck/slide-tools/slide-number.ts';

// Main slides 1–3; slide 2 has two deep dives below it (2.1, 2.2).
const layout = [1, 3, 1];

describe('slide numbers as the counter shows them', () => {
  it('counts the main line 1, 2, 3 and the deep dives under it as 2.1, 2.2', () => {
    expect(slideLabel({ h: 0, v: 0 })).toBe('1');
    expect(slideLabel({ h: 1, v: 0 })).toBe('2');
    expect(slideLabel({ h: 1, v: 2 })).toBe('2.2');
    expect(slideLabel({ h: 2, v: 0 })).toBe('3');
  });

  it('says on the counter where a deep dive is, and counts only main slides in the total', () => {
    expect(counterText({ h: 1, v: 0 }, layout, translateFrom(en))).toBe('2 / 3');
    expect(counterText({ h: 1, v: 2 }, layout, translateFrom(en))).toBe('Deep dive 2 of 2\n2.2 / 3');
    expect(counterText({ h: 1, v: 1 }, layout, translateFrom(ptBr))).toBe('Aprofundamento 1 de 2\n2.1 / 3');
  });

  it('knows how many deep dives sit below a main slide', () => {
    expect(deepDivesBelow(1, layout)).toBe(2);
    expect(deepDivesBelow(0, layout)).toBe(0);
    expect(deepDivesBelow(9, layout)).toBe(0);
  });
});

describe('jumping to a typed slide number', () => {
  it('reads a main-line number as that main slide', () => {
    expect(positionOfLabel('3', layout)).toEqual({ h: 2, v: 0 });
    expect(positionOfLabel(' 1 ', layout)).toEqual({ h: 0, v: 0 });
  });

  it('reads "2.1" (or "2,1", as a Brazilian keyboard types it) as the first deep dive under slide 2', () => {
    expect(positionOfLabel('2.1', layout)).toEqual({ h: 1, v: 1 });
    expect(positionOfLabel('2,2', layout)).toEqual({ h: 1, v: 2 });
    expect(positionOfLabel('#2.2', layout)).toEqual({ h: 1, v: 2 });
    expect(positionOfLabel('2.0', layout)).toEqual({ h: 1, v: 0 });
  });

  it('round-trips every label the counter can show', () => {
    layout.forEach((size, h) => {
      for (let v = 0; v < size; v++) expect(positionOfLabel(slideLabel({ h, v }), layout)).toEqual({ h, v });
    });
  });

  it('refuses numbers the deck does not have, and anything that is not a number', () => {
    for (const typed of ['0', '4', '1.1', '2.3', '3.1', '', '  ', 'abc', '2.', '.1', '-1', '2.1.1', '1e2'])
      expect(positionOfLabel(typed, layout), typed).toBeNull();
  });
});
