// Keeps every deck of this page in one browser on the same slide (audience tab, presenter window, phone remote in
// another tab): each move is broadcast; a deck that hears another's position goes there unless it is already there.
import type Reveal from 'reveal.js';
import { channelName, parseSyncMessage, samePosition, type SlidePosition, type SyncMessage } from './sync-message.ts';

export type Deck = InstanceType<typeof Reveal>;

export function positionOf(deck: Deck): SlidePosition {
  const { h, v = 0, f } = deck.getIndices();
  return { h, v, f: f ?? -1 };
}

/** Joins the page's channel; returns a function that leaves it. */
export function syncDecks(deck: Deck, pathname = location.pathname): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName(pathname));
  const send = (message: SyncMessage) => channel.postMessage(message);
  // A move made because another deck moved is not announced again: echoes would pull quick presses back.
  let following = false;
  const tell = () => send({ type: 'position', position: positionOf(deck) });
  const announce = () => {
    if (!following) tell();
  };
  channel.onmessage = (event: MessageEvent) => {
    const message = parseSyncMessage(event.data);
    if (!message) return;
    if (message.type === 'hello') return tell();
    if (samePosition(positionOf(deck), message.position)) return;
    const { h, v, f } = message.position;
    following = true;
    try {
      deck.slide(h, v, f);
    } finally {
      following = false;
    }
  };
  const moves = ['slidechanged', 'fragmentshown', 'fragmenthidden'];
  for (const type of moves) deck.on(type, announce);
  send({ type: 'hello' });
  return () => {
    for (const type of moves) deck.off(type, announce);
    channel.close();
  };
}
