// Included in every page: wakes the workshop island only when the page came from the workshop server (which
// adds the marker <meta>). Served by any other host, it does nothing and requests nothing.
import { WORKSHOP_META } from './marker.ts';
import type { DeckApi } from './client/follow.ts';
import { remoteLinkFromUrl } from './client/remote-link.ts';

// Listening from the start: a deck may be ready before the island's chunk has arrived.
const deckReady = new Promise<DeckApi>((resolve) => document.addEventListener('deck-ready', (event) => resolve((event as CustomEvent<DeckApi>).detail), { once: true }));

// The presenter's next-slide preview (a deck in a frame, `?receiver`) never joins: it would publish the next slide.
const isPreview = new URLSearchParams(location.search).has('receiver');

if (document.querySelector(`meta[name="${WORKSHOP_META}"]`) && !isPreview) {
  // A phone remote's key is read now: once reveal.js starts, it rewrites the hash to its slide.
  const remote = remoteLinkFromUrl();
  void import('./client/entry.ts').then((m) => m.startWorkshop(deckReady, remote));
}
