// A phone remote in another browser (`?remote&room=<id>#key=<k>`, the link the instructor's presenter view shows):
// this deck's moves go to the workshop server as positions, and it follows the presenter from the room's stream.
import { el } from '../../../ui/dom.ts';
import { stringsOf } from '../../../ui/strings.ts';
import { call } from './api.ts';
import { connectLive } from './live.ts';
import { deckLesson, positionOf, type DeckApi } from './follow.ts';
import type { Position } from '../protocol.ts';
import type { RemoteLink } from './remote-link.ts';

// After a press, the presenter's position still names the slide before it for a moment: it is not followed then.
const OWN_MOVE_MS = 1000;

export function startRemoteRelay(link: RemoteLink, deckReady: Promise<DeckApi>): void {
  const base = `/api/rooms/${link.room}/remote`;
  void deckReady.then((deck) => {
    const lesson = deckLesson(location.pathname);
    let following = false;
    let ownMoveAt = 0;
    let presenter: Position | null = null;
    let later: ReturnType<typeof setTimeout> | undefined;

    const send = () => {
      if (following) return;
      ownMoveAt = Date.now();
      const { h, v, f } = positionOf(deck, lesson);
      void call('PUT', base, link.key, { h, v, f }).catch(() => undefined);
    };
    const follow = () => {
      clearTimeout(later);
      const wait = ownMoveAt + OWN_MOVE_MS - Date.now();
      if (wait > 0) return void (later = setTimeout(follow, wait));
      if (!presenter || presenter.lesson !== lesson) return;
      const here = positionOf(deck, lesson);
      if (here.h === presenter.h && here.v === presenter.v && here.f === presenter.f) return;
      following = true;
      try {
        deck.slide(presenter.h, presenter.v, presenter.f);
      } finally {
        following = false;
      }
    };
    for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(type, send);

    const root = document.documentElement;
    const live = connectLive({
      path: `${base}/events`,
      token: link.key,
      onStatus: (status) => (root.dataset.remoteRelay = status),
      onGone: () => {
        live.close();
        root.dataset.remoteRelay = 'gone';
        const t = stringsOf(document.querySelector('.deck-toolbar') ?? document);
        const note = el('p', { class: 'remote-gone', text: t('deck.presenter.phoneRemoteGone'), attrs: { role: 'alert' } });
        (document.querySelector('.remote') ?? document.body).prepend(note);
      },
      onEvent: (type, data) => {
        if (type === 'snapshot') presenter = (data as { presenter: Position | null }).presenter;
        else if (type === 'presenter') presenter = data as Position;
        else return;
        follow();
      },
    });
  });
}
