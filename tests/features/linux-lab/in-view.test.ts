import { describe, expect, it } from 'vitest';
import { scrollToShow } from '../../../src/features/linux-lab/in-view.ts';

describe('scrollToShow: bringing the lab terminal into a 720 px window', () => {
  it('leaves a terminal already in view where it is', () => {
    expect(scrollToShow(100, 452, 720)).toBe(0);
    expect(scrollToShow(0, 720, 720)).toBe(0);
  });

  it('scrolls down just enough to show all of a terminal below the fold, with a margin', () => {
    expect(scrollToShow(757, 1109, 720)).toBe(1109 - 720 + 16);
    expect(scrollToShow(600, 952, 720)).toBe(952 - 720 + 16);
  });

  it('scrolls up to a terminal above the window, its top shown', () => {
    expect(scrollToShow(-400, -48, 720)).toBe(-416);
    expect(scrollToShow(-100, 252, 720)).toBe(-116);
  });

  it('shows the top of a terminal taller than the window', () => {
    expect(scrollToShow(300, 1300, 720)).toBe(284);
  });
});
