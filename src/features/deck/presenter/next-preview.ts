// The next slide, shown by a second copy of the deck in a frame (`?receiver`, as reveal.js's notes plugin does):
// it renders exactly what the audience will see next, fragments included. It is driven through reveal.js's
// postMessage API (setState, then next), the same calls the notes plugin makes.
import type { Deck } from './deck-sync.ts';

/** The frame's URL: this deck, marked as a preview so it stays inert (no toolbar, no sync, no presenter tools). */
export const previewUrl = (location: Location) => `${location.pathname}?receiver${location.hash}`;

/** Keeps `frame` one step ahead of `deck`; returns the function to call after each move. */
export function followOneAhead(frame: HTMLIFrameElement, deck: Deck, onEnd: (atEnd: boolean) => void): () => void {
  let ready = false;
  const call = (method: string, args: unknown[] = []) => frame.contentWindow?.postMessage(JSON.stringify({ method, args }), location.origin);
  const update = () => {
    const atEnd = deck.isLastSlide() && !deck.availableFragments().next;
    onEnd(atEnd);
    if (!ready || atEnd) return;
    const { indexh, indexv, indexf } = deck.getState();
    call('setState', [{ indexh, indexv, indexf }]);
    call('next');
  };
  const becomeReady = () => {
    ready = true;
    update();
  };
  frame.addEventListener('load', () => {
    const inner = frame.contentDocument;
    // The frame's deck starts asynchronously: it may be ready already, or soon.
    if (inner?.documentElement.dataset.deckReady) becomeReady();
    else inner?.addEventListener('deck-ready', becomeReady, { once: true });
  });
  return update;
}
