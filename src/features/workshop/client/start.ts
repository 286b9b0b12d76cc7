// The workshop island: runs only on pages the workshop server served (see ../loader.ts). With a room session it
// shows the workshop bar, keeps the live stream, follows or publishes the presenter, answers or runs polls, and
// (if the attendee agreed) reports results; on the workshop page it also runs the create/join/dashboard page.
import { el } from '../../../ui/dom.ts';
import { stringsOf, type Translate } from '../../../ui/strings.ts';
import { WORKSHOP_STRINGS_ID } from '../marker.ts';
import type { Position, PublicPoll } from '../protocol.ts';
import css from './workshop.css?inline';
import { call } from './api.ts';
import { WorkshopBar } from './bar.ts';
import { followDeck, publishDeck, type DeckApi } from './follow.ts';
import { followRemote, offerPhoneRemote } from './phone-remote.ts';
import { connectLive } from './live.ts';
import { Outbox } from './outbox.ts';
import { attendeePoll, presenterPolls } from './poll.ts';
import { showPresenter } from './presenter-position.ts';
import { watchResults } from './reporter.ts';
import { clearSession, loadSession, saveSession, tokenOf, type Session } from './session.ts';
import { startWorkshopPage } from './workshop-page.ts';
import type { Listener, RoomLink } from './room-link.ts';

export async function startWorkshop(deckReady: Promise<DeckApi>): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const t = stringsOf(document.getElementById(WORKSHOP_STRINGS_ID) ?? document);
  const deck = document.querySelector('.reveal') ? deckReady : null;
  const page = document.querySelector<HTMLElement>('[data-workshop-page]');
  const session = loadSession();
  const link = session ? joinRoom(session, t, deck) : null;
  if (page) startWorkshopPage(page, t, link);
  document.documentElement.dataset.workshopReady = '';
}

function joinRoom(session: Session, t: Translate, deck: Promise<DeckApi> | null): RoomLink {
  const listeners: Listener[] = [];
  const token = tokenOf(session);
  const base = `/api/rooms/${session.room}`;
  const bar = new WorkshopBar(t, session.title || t('workshop.bar.label'), t(session.role === 'instructor' ? 'workshop.bar.instructor' : 'workshop.bar.attendee', { code: session.code, name: session.role === 'attendee' ? session.name : '' }));
  bar.root.dataset.role = session.role;
  const emit = (type: string, data: unknown) => listeners.forEach((listener) => listener(type, data));
  let presenter: Position | null = null;
  let poll: PublicPoll | null = null;
  const ended = (key: string) => {
    live.close();
    clearSession();
    bar.poll.hidden = bar.follow.hidden = bar.presenter.hidden = bar.sharing.hidden = bar.pending.hidden = true;
    bar.actions.replaceChildren();
    bar.say(t(key));
    emit('ended', key);
  };

  const live = connectLive({
    path: `${base}/events`,
    token,
    onStatus: (status) => bar.setStatus(status),
    onGone: () => ended('workshop.closed'),
    onEvent: (type, data: any) => {
      if (type === 'snapshot') {
        presenter = data.presenter;
        poll = data.poll;
        if (session.role === 'attendee' && data.me) {
          session.sharing = data.me.sharing;
          saveSession(session);
          bar.setSharing(session.sharing);
        }
      }
      if (type === 'presenter') presenter = data;
      if (type === 'poll') poll = data;
      if (type === 'removed') return ended('workshop.removed');
      if (type === 'closed') return ended('workshop.closed');
      emit(type, data);
      if (type === 'snapshot' || type === 'presenter') emit('position', presenter);
      if (type === 'snapshot' || type === 'poll') emit('poll', poll);
    },
  });
  const listen = (listener: Listener) => listeners.push(listener);

  if (session.role === 'attendee') {
    const outbox = new Outbox(session.room, token);
    outbox.onChange = (n) => bar.setPending(n);
    bar.setPending(outbox.pending);
    bar.setSharing(session.sharing);
    void call<{ acked: number }>('GET', base, token).then(({ acked }) => {
      outbox.resumeAfter(acked);
      void outbox.flush();
    }, () => undefined);
    watchResults((report) => {
      if (session.sharing) outbox.add(report);
    });
    bar.sharingBox.addEventListener('change', async () => {
      const sharing = bar.sharingBox.checked;
      try {
        await call('PUT', `${base}/sharing`, token, { sharing });
        session.sharing = sharing;
        saveSession(session);
      } catch {
        // Unchanged on the server: show what is really true.
      }
      bar.setSharing(session.sharing);
    });
    const leave = el('button', { text: t('workshop.leave'), attrs: { type: 'button' }, data: { workshopLeave: '' } });
    leave.addEventListener('click', async () => {
      await call('POST', `${base}/leave`, token).catch(() => undefined);
      ended('workshop.left');
    });
    bar.actions.append(leave);
    const polls = attendeePoll(bar, t, async (id, choice) => {
      await call('POST', `${base}/polls/${id}/answer`, token, { choice }).catch(() => undefined);
      if (poll && poll.id === id) polls.update({ ...poll, mine: choice });
    });
    listen((type, data) => type === 'poll' && polls.update(data));
    if (deck) {
      void deck.then((api) => {
        const follow = followDeck(api, bar, t);
        follow.presenterAt(presenter);
        listen((type, data) => {
          if (type === 'position') {
            follow.presenterAt(data);
            showPresenter(bar.presenter, data && data.lesson !== location.pathname.split('/')[2] ? data : null, t, true);
          }
        });
      });
    } else {
      listen((type, data) => type === 'position' && showPresenter(bar.presenter, data, t, false));
    }
  } else {
    const dashboard = el('a', { text: t('workshop.bar.dashboard'), attrs: { href: `/${location.pathname.split('/')[1] || 'en'}/workshop/` } });
    bar.actions.append(dashboard);
    if (deck) {
      void deck.then((api) => {
        publishDeck(api, (position) => void call('PUT', `${base}/presenter`, token, position).catch(() => undefined));
        offerPhoneRemote(session.room, token);
        listen((type, data) => type === 'remote' && followRemote(api, data));
        const polls = presenterPolls(api, bar, t, {
          open: (question) => call('POST', `${base}/polls`, token, question).then(() => undefined),
          reveal: (id) => call('POST', `${base}/polls/${id}/reveal`, token).then(() => undefined),
          close: () => call('DELETE', `${base}/poll`, token).then(() => undefined),
        });
        polls.update(poll);
        listen((type, data) => type === 'poll' && polls.update(data));
      });
    } else {
      listen((type, data) => type === 'position' && showPresenter(bar.presenter, data, t, false));
    }
  }
  return { session, listen };
}
