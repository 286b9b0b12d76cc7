// The instructor's side of a phone remote: the presenter view gets the remote's link (it reads it from
// `data-deck-phone-remote`, so it needs no workshop code), and a position the remote sent moves this deck.
import { parseSlidePosition } from '../../deck/presenter/sync-message.ts';
import { call } from './api.ts';
import type { DeckApi } from './follow.ts';

/** Asks the server for the room's remote key and offers `…?remote&room=<id>#key=<k>` (the key in the fragment,
 *  which no request or Referer carries). */
export function offerPhoneRemote(room: string, secret: string): void {
  void call<{ key: string }>('GET', `/api/rooms/${room}/remote-key`, secret).then(({ key }) => {
    const link = `${location.origin}${location.pathname}?remote&room=${encodeURIComponent(room)}#key=${encodeURIComponent(key)}`;
    document.documentElement.dataset.deckPhoneRemote = link;
  }, () => undefined);
}

/** The remote's position (SSE `remote`): this deck goes there, and publishes it to the room as any move. */
export function followRemote(deck: DeckApi, data: unknown): void {
  const position = parseSlidePosition(data);
  if (!position) return;
  const { h, v = 0, f = -1 } = deck.getIndices();
  if (h !== position.h || v !== position.v || (f ?? -1) !== position.f) deck.slide(position.h, position.v, position.f);
}
