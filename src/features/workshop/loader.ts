// Included in every page: wakes the workshop island only when the page came from the workshop server (which
// adds the marker <meta>). Served by any other host, it does nothing and requests nothing.
import { WORKSHOP_META } from './marker.ts';
import type { DeckApi } from './client/follow.ts';

// Listening from the start: a deck may be ready before the island's chunk has arrived.
const deckReady = new Promise<DeckApi>((resolve) => document.addEventListener('deck-ready', (event) => resolve((event as CustomEvent<DeckApi>).detail), { once: true }));

if (document.querySelector(`meta[name="${WORKSHOP_META}"]`)) {
  void import('./client/entry.ts').then((m) => m.startWorkshop(deckReady));
}
