// "Where is the presenter?" on any page: the lesson and slide, with a link to the same place here.
import { el } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { Position } from '../protocol.ts';

export function showPresenter(target: HTMLElement, position: Position | null, t: Translate, inDeck: boolean): void {
  if (!position) {
    target.hidden = true;
    return;
  }
  const locale = location.pathname.split('/')[1] || 'en';
  const slide = position.v ? `${position.h + 1}.${position.v + 1}` : String(position.h + 1);
  const anchor = position.slide ? `#${position.slide}` : '';
  const href = position.lesson === 'talk' ? `/${locale}/talk/#/${position.h}/${position.v}` : inDeck ? `/${locale}/${position.lesson}/slides/#/${position.h}/${position.v}` : `/${locale}/${position.lesson}/${anchor}`;
  const link = el('a', { text: t('workshop.presenter.open'), attrs: { href }, data: { workshopPresenterLink: '' } });
  target.replaceChildren(el('span', { text: t('workshop.presenter.at', { slide, lesson: position.lesson }) }), ' ', link);
  target.dataset.lesson = position.lesson;
  target.dataset.slide = position.slide;
  target.hidden = false;
}
