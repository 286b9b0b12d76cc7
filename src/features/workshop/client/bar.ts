// The small panel a workshop page shows: which room, whether the stream is live, whether progress is shared
// (opt-in, always visible), what is waiting to be sent, where the presenter is, and the poll when one is open.
import { el } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { LiveStatus } from './live.ts';

export class WorkshopBar {
  readonly root: HTMLElement;
  readonly status: HTMLElement;
  readonly sharing: HTMLLabelElement;
  readonly sharingBox: HTMLInputElement;
  readonly pending: HTMLElement;
  readonly presenter: HTMLElement;
  readonly follow: HTMLElement;
  readonly poll: HTMLElement;
  readonly actions: HTMLElement;
  private readonly t: Translate;

  constructor(t: Translate, title: string, subtitle: string) {
    this.t = t;
    this.status = el('p', { class: 'workshop-status', data: { status: 'connecting' }, text: t('workshop.status.connecting') });
    this.sharingBox = el('input', { attrs: { type: 'checkbox' } });
    this.sharing = el('label', { class: 'workshop-sharing' }, this.sharingBox, ' ', el('span', { text: t('workshop.sharing.label') }));
    this.sharing.hidden = true;
    this.pending = el('p', { class: 'workshop-pending' });
    this.pending.hidden = true;
    this.presenter = el('p', { class: 'workshop-presenter' });
    this.presenter.hidden = true;
    this.follow = el('div', { class: 'workshop-follow' });
    this.follow.hidden = true;
    this.poll = el('div', { class: 'workshop-poll', attrs: { role: 'region', 'aria-label': t('workshop.poll.title'), 'aria-live': 'polite' } });
    this.poll.hidden = true;
    this.actions = el('div', { class: 'workshop-actions' });
    this.root = el(
      'aside',
      { class: 'workshop-bar', attrs: { 'aria-label': t('workshop.bar.label') } },
      el('h2', { text: title }),
      el('p', { text: subtitle }),
      this.status,
      this.sharing,
      this.pending,
      this.presenter,
      this.follow,
      this.poll,
      this.actions,
    );
    if (document.querySelector('.reveal')) this.root.classList.add('in-deck');
    document.body.append(this.root);
  }

  setStatus(status: LiveStatus): void {
    this.status.dataset.status = status;
    this.status.textContent = this.t(`workshop.status.${status}`);
  }

  setSharing(on: boolean): void {
    this.sharing.hidden = false;
    this.sharingBox.checked = on;
    this.sharing.toggleAttribute('data-on', on);
    this.sharing.lastElementChild!.textContent = this.t(on ? 'workshop.sharing.on' : 'workshop.sharing.label');
  }

  setPending(n: number): void {
    this.pending.hidden = n === 0;
    this.pending.textContent = this.t('workshop.pending', { n });
  }

  say(text: string): void {
    this.status.textContent = text;
  }
}
