import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelName, parseSyncMessage } from '../../../src/features/deck/presenter/sync-message.ts';
import { syncDecks, type Deck } from '../../../src/features/deck/presenter/deck-sync.ts';

describe('sync messages between decks', () => {
  it('reads a position and a hello', () => {
    expect(parseSyncMessage({ type: 'position', position: { h: 3, v: 0, f: -1 } })).toEqual({ type: 'position', position: { h: 3, v: 0, f: -1 } });
    expect(parseSyncMessage({ type: 'hello', extra: '<img src=x onerror=alert(1)>' })).toEqual({ type: 'hello' });
  });

  it.each([
    ['a string', '{"type":"position","position":{"h":1,"v":0,"f":-1}}'],
    ['null', null],
    ['an array', [{ type: 'hello' }]],
    ['an unknown type', { type: 'notes', html: '<script>alert(1)</script>' }],
    ['no position', { type: 'position' }],
    ['a fractional index', { type: 'position', position: { h: 1.5, v: 0, f: -1 } }],
    ['a negative slide', { type: 'position', position: { h: -1, v: 0, f: -1 } }],
    ['a fragment below -1', { type: 'position', position: { h: 1, v: 0, f: -2 } }],
    ['a huge index', { type: 'position', position: { h: 1e9, v: 0, f: -1 } }],
    ['a string index', { type: 'position', position: { h: '2', v: 0, f: -1 } }],
    ['reveal.js postMessage traffic', { method: 'slide', args: [3] }],
  ])('ignores %s', (_, data) => {
    expect(parseSyncMessage(data)).toBeNull();
  });

  it('keeps only the position: extra fields (text, markup) never travel on', () => {
    const parsed = parseSyncMessage({ type: 'position', position: { h: 2, v: 1, f: 0, notes: '<b>x</b>' }, html: '<i>y</i>' });
    expect(parsed).toEqual({ type: 'position', position: { h: 2, v: 1, f: 0 } });
  });

  it('gives each deck page its own channel', () => {
    expect(channelName('/en/talk/')).not.toBe(channelName('/en/talk/45/'));
  });
});

/** The part of reveal.js the sync uses, moved by hand. */
function fakeDeck(h = 0) {
  let at = { h, v: 0, f: -1 };
  const listeners = new Map<string, Set<() => void>>();
  const emit = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const deck = {
    getIndices: () => ({ ...at, f: at.f === -1 ? undefined : at.f }),
    slide: vi.fn((nh: number, nv = 0, nf = -1) => {
      at = { h: nh, v: nv, f: nf };
      emit('slidechanged');
    }),
    on: (type: string, listener: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
  };
  return { deck, api: deck as unknown as Deck, move: (nh: number) => deck.slide(nh), at: () => at };
}

const leave: (() => void)[] = [];
afterEach(() => leave.splice(0).forEach((close) => close()));

describe('decks of one page in one browser', () => {
  it('follow each other: a move on the remote moves the audience deck', async () => {
    const audience = fakeDeck();
    const remote = fakeDeck();
    leave.push(syncDecks(audience.api, '/t1/'), syncDecks(remote.api, '/t1/'));
    remote.move(4);
    await vi.waitFor(() => expect(audience.at()).toEqual({ h: 4, v: 0, f: -1 }));
  });

  it('a deck that opens late is brought to where the presentation is', async () => {
    const audience = fakeDeck(7);
    leave.push(syncDecks(audience.api, '/t2/'));
    const late = fakeDeck(0);
    leave.push(syncDecks(late.api, '/t2/'));
    await vi.waitFor(() => expect(late.at().h).toBe(7));
  });

  it('quick moves are not pulled back by echoes', async () => {
    const presenter = fakeDeck();
    const audience = fakeDeck();
    leave.push(syncDecks(presenter.api, '/t3/'), syncDecks(audience.api, '/t3/'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const h of [1, 2, 3]) presenter.move(h);
    await vi.waitFor(() => expect(audience.at().h).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(presenter.at().h).toBe(3);
    expect(presenter.deck.slide).toHaveBeenCalledTimes(3);
  });

  it('ignores malformed messages and other decks', async () => {
    const audience = fakeDeck(2);
    leave.push(syncDecks(audience.api, '/t4/'));
    const stranger = new BroadcastChannel(channelName('/t4/'));
    const other = new BroadcastChannel(channelName('/t5/'));
    stranger.postMessage({ type: 'position', position: { h: 'x' } });
    stranger.postMessage('<img src=x onerror=alert(1)>');
    other.postMessage({ type: 'position', position: { h: 9, v: 0, f: -1 } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(audience.at().h).toBe(2);
    stranger.close();
    other.close();
  });
});
