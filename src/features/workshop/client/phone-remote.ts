// The instructor's side of a phone remote: the presenter view gets the remote's link and its QR code (it reads them
// from `data-deck-phone-remote` and `-qr`, so it needs no workshop code), and a position the remote sent moves this deck.
import { parseSlidePosition } from '../../deck/presenter/sync-message.ts';
import { call } from './api.ts';
import { qrSvg } from '../qr.ts';
import type { DeckApi } from './follow.ts';

/** Asks the server for the room's remote key and offers `…?remote&room=<id>#key=<k>` (the key in the fragment,
 *  which no request or Referer carries). */
export function offerPhoneRemote(room: string, secret: string): void {
  void call<{ key: string }>('GET', `/api/rooms/${room}/remote-key`, secret).then(({ key }) => {
    const link = `${location.origin}${location.pathname}?remote&room=${encodeURIComponent(room)}#key=${encodeURIComponent(key)}`;
    const qr = qrImage(link);
    if (qr) document.documentElement.dataset.deckPhoneRemoteQr = qr;
    document.documentElement.dataset.deckPhoneRemote = link;
  }, () => undefined);
}

/** The link as a QR code to scan with the phone (an SVG image: no script, allowed by img-src data:); none when the
 *  link is too long for one. Drawn here, so the key never leaves the page for a QR service or the server's logs. */
function qrImage(link: string): string | undefined {
  try {
    return `data:image/svg+xml,${encodeURIComponent(qrSvg(link))}`;
  } catch {
    return undefined;
  }
}

/** The remote's position (SSE `remote`): this deck goes there, and publishes it to the room as any move. */
export function followRemote(deck: DeckApi, data: unknown): void {
  const position = parseSlidePosition(data);
  if (!position) return;
  const { h, v = 0, f = -1 } = deck.getIndices();
  if (h !== position.h || v !== position.v || (f ?? -1) !== position.f) deck.slide(position.h, position.v, position.f);
}
