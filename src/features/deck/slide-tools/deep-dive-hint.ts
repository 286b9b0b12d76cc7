import { deepDivesBelow, type DeckLayout } from './slide-number.ts';
import type { Deck } from './deck-api.ts';
import { readStored, writeStored } from '../../../ui/web-storage.ts';

const RETIRED = 'deck.deepDiveHint.retired';
const SHOWN = 'deck.deepDiveHint.shown';
/** After this many slides with a deep dive the presenter knows the way; the hint stops (for this tab). */
const SHOWS_BEFORE_RETIRING = 3;
const FADE_AFTER_MS = 6000;

/**
 * Under a slide with a vertical stack below it, says that ↓ opens the deep dive and → skips it; fades after a few
 * seconds, and stops for the session once the presenter has gone ↓ or seen it a few times.
 */
export function showDeepDiveHint(deck: Deck, tools: HTMLElement, layout: DeckLayout): void {
  const hint = tools.querySelector<HTMLElement>('.deep-dive-hint')!;
  let fadeTimer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    clearTimeout(fadeTimer);
    hint.hidden = true;
    delete hint.dataset.fading;
  };
  const update = () => {
    const { h, v } = deck.getIndices();
    if (v > 0) writeStored('sessionStorage', RETIRED, '1');
    if (v > 0 || readStored('sessionStorage', RETIRED) || deepDivesBelow(h, layout) === 0) return hide();
    const shown = Number(readStored('sessionStorage', SHOWN) ?? 0) + 1;
    writeStored('sessionStorage', SHOWN, String(shown));
    if (shown >= SHOWS_BEFORE_RETIRING) writeStored('sessionStorage', RETIRED, '1');
    hide();
    hint.hidden = false;
    fadeTimer = setTimeout(() => {
      hint.dataset.fading = '';
      fadeTimer = setTimeout(hide, 1000);
    }, FADE_AFTER_MS);
  };
  deck.on('slidechanged', update);
  update();
}
