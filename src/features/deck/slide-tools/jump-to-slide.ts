import type { Translate } from '../../../ui/strings.ts';
import { positionOfLabel, type DeckLayout } from './slide-number.ts';
import type { Deck } from './deck-api.ts';

const DIGIT_KEYS = [...Array(10).keys()].flatMap((d) => [48 + d, 96 + d]); // top row and keypad

/**
 * Go to a slide by the number the counter shows: type it (the box opens on the first digit) or press G, then Enter.
 * reveal.js's own G box is off: it counts deep dives as slides and has no label a screen reader can read.
 */
export function enableJumpToSlide(deck: Deck, tools: HTMLElement, layout: DeckLayout, t: Translate): void {
  const form = tools.querySelector<HTMLFormElement>('.jump-to-slide')!;
  const input = form.querySelector('input')!;
  const help = form.querySelector<HTMLElement>('#jump-to-slide-help')!;
  let returnFocus: HTMLElement | null = null;

  const open = (typed = '') => {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    form.hidden = false;
    input.value = typed;
    input.removeAttribute('aria-invalid');
    help.textContent = t('deck.tools.jumpHint');
    input.focus();
  };
  const close = () => {
    if (form.hidden) return;
    form.hidden = true;
    input.value = '';
    if (returnFocus?.isConnected && returnFocus !== document.body) returnFocus.focus();
    else input.blur();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const position = positionOfLabel(input.value, layout);
    if (!position) {
      input.setAttribute('aria-invalid', 'true');
      help.textContent = t('deck.tools.jumpInvalid', { typed: input.value.trim(), last: layout.length });
      return;
    }
    close();
    deck.slide(position.h, position.v);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    // Once the box has closed, reveal.js would read this Esc as "open the overview".
    event.stopPropagation();
    close();
  });
  input.addEventListener('blur', close);

  deck.addKeyBinding({ keyCode: 71, key: 'G', description: t('deck.tools.jumpKey') }, () => open());
  for (const keyCode of DIGIT_KEYS) deck.addKeyBinding(keyCode, (event: KeyboardEvent) => open(event.key));
}
