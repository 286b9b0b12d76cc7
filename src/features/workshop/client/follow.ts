// Follow the presenter (reveal.js multiplex semantics): the instructor's deck publishes its slide and fragment;
// an attendee's deck goes there, until the attendee moves on their own — then one click catches up again.
import { el } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { Position } from '../protocol.ts';
import type { WorkshopBar } from './bar.ts';

/** The part of reveal.js's API the workshop uses (the deck dispatches `deck-ready` with its instance). */
export interface DeckApi {
  getIndices(): { h: number; v?: number; f?: number };
  slide(h: number, v?: number, f?: number): void;
  getCurrentSlide(): HTMLElement | undefined;
  on(type: string, listener: () => void): void;
}

export const deckLesson = (pathname: string) => pathname.split('/').filter(Boolean)[1] ?? '';

export function positionOf(deck: DeckApi, lesson: string): Position {
  const { h, v = 0, f = -1 } = deck.getIndices();
  const id = deck.getCurrentSlide()?.id ?? '';
  return { lesson, h, v, f: f ?? -1, slide: /^[a-z0-9][a-z0-9._-]*$/i.test(id) ? id : '' };
}

/** Instructor: every move of the deck goes to the room (the last one wins when moves come faster than 10 a second). */
export function publishDeck(deck: DeckApi, send: (position: Position) => void): void {
  const lesson = deckLesson(location.pathname);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const publish = () => {
    clearTimeout(timer);
    timer = setTimeout(() => send(positionOf(deck, lesson)), 100);
  };
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'ready']) deck.on(type, publish);
  publish();
}

/** Attendee: follows `presenter` while following; a move of their own steps away and shows "Catch up". */
export function followDeck(deck: DeckApi, bar: WorkshopBar, t: Translate) {
  const lesson = deckLesson(location.pathname);
  let following = true;
  let presenter: Position | null = null;
  const catchUp = el('button', { text: t('workshop.follow.catchUp'), attrs: { type: 'button' }, data: { workshopCatchUp: '' } });
  const state = el('span', { class: 'workshop-follow-state' });
  bar.follow.replaceChildren(state, ' ', catchUp);
  bar.follow.hidden = false;

  const same = (p: Position) => {
    const here = positionOf(deck, lesson);
    return here.h === p.h && here.v === p.v && here.f === p.f;
  };
  const show = () => {
    state.textContent = t(following ? 'workshop.follow.on' : 'workshop.follow.off');
    bar.follow.dataset.following = String(following);
    catchUp.hidden = following || !presenter;
  };
  const go = () => {
    if (!presenter) return;
    if (presenter.lesson !== lesson) {
      bar.presenter.hidden = false;
      return;
    }
    if (!same(presenter)) deck.slide(presenter.h, presenter.v, presenter.f);
  };
  const moved = () => {
    // A move that does not land on the presenter's position was the attendee's own.
    if (presenter && presenter.lesson === lesson && !same(presenter)) following = false;
    show();
  };
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(type, moved);
  catchUp.addEventListener('click', () => {
    following = true;
    go();
    show();
  });
  show();
  return {
    presenterAt(position: Position | null): void {
      presenter = position;
      if (following) go();
      show();
    },
  };
}
