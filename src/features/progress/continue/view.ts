// "Continue where you left off" as a render description (src/ui/dom.ts), drawn in the browser from the store's
// document: a new visitor gets no views at all, so the box stays hidden.
import { h, type View } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { ContinueTarget } from '../continuity.ts';

/** `progressHref` is absent on the progress page itself (no link to the page the learner is on). */
export function continueViews(target: ContinueTarget | undefined, progressHref: string | undefined, t: Translate): View[] {
  if (!target) return [];
  const { last, next, complete } = target;
  const lastHref = last.slide ? `${last.href}#${last.slide}` : last.href;
  return [
    h('h2', {}, t(complete ? 'continue.completeTitle' : 'continue.title')),
    h('p', { class: 'continue-last' },
      h('span', { class: 'continue-label' }, t('continue.last')), ' ',
      h('a', { href: lastHref, 'data-continue-last': true }, last.title), ' ',
      last.slide && h('span', { class: 'continue-where' }, t('continue.atSlide'))),
    next && h('p', { class: 'continue-next' },
      h('span', { class: 'continue-label' }, t('continue.next')), ' ',
      h('a', { href: next.href, 'data-continue-next': true }, next.title)),
    complete && h('p', {}, t('continue.complete'), ' ', progressHref && h('a', { href: progressHref }, t('continue.summary'))),
    !complete && progressHref && h('p', {}, h('a', { href: progressHref }, t('continue.progress'))),
  ].filter((view): view is View => Boolean(view));
}
