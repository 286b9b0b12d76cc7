// What decks of one browser say to each other over a BroadcastChannel (audience tab, presenter window, phone
// remote): only positions, never text or markup. Each side reads notes and titles from its own copy of the deck.

export interface SlidePosition {
  h: number;
  v: number;
  /** Fragment index; -1 when none is shown (reveal.js's `indexf` may be undefined: sent as -1). */
  f: number;
}

export type SyncMessage =
  /** A deck moved; everyone else goes there. */
  | { type: 'position'; position: SlidePosition }
  /** A deck just opened: whoever is already presenting answers with its position. */
  | { type: 'hello' };

/** Generous bounds: a real deck has at most a few hundred slides and fragments. */
const MAX_INDEX = 10_000;

const isIndex = (value: unknown, min: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_INDEX;

/** An untrusted message → a SyncMessage, or null for anything else (other apps' messages, malformed, oversized). */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return { type: 'hello' };
  if (message.type !== 'position') return null;
  const position = parseSlidePosition(message.position);
  return position && { type: 'position', position };
}

/** An untrusted position (a sync message's, or a phone remote's sent through the workshop server) → indices in
 *  range, or null. */
export function parseSlidePosition(data: unknown): SlidePosition | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { h, v, f } = data as Record<string, unknown>;
  if (!isIndex(h, 0) || !isIndex(v, 0) || !isIndex(f, -1)) return null;
  return { h: h as number, v: v as number, f: f as number };
}

export const samePosition = (a: SlidePosition, b: SlidePosition) => a.h === b.h && a.v === b.v && a.f === b.f;

/** The channel decks of one page share; another deck (another lesson, another language) never hears it. */
export const channelName = (pathname: string) => `deck-sync:${pathname}`;
