import { deepDivesBelow, type DeckLayout } from './slide-number.ts';
import type { Deck } from './deck-api.ts';

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
    if (v > 0) remember(RETIRED, '1');
    if (v > 0 || recall(RETIRED) || deepDivesBelow(h, layout) === 0) return hide();
    const shown = Number(recall(SHOWN) ?? 0) + 1;
    remember(SHOWN, String(shown));
    if (shown >= SHOWS_BEFORE_RETIRING) remember(RETIRED, '1');
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

// sessionStorage can be off (privacy modes): the hint then simply shows each time.
function recall(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
function remember(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    /* not remembered */
  }
}
