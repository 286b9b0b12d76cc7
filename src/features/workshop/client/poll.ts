// Live polls on quiz slides. The presenter opens the quiz question on screen as a poll; attendees answer on their
// own devices; the presenter's slide shows the distribution as it comes in, then the answer and its explanation.
import { el } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { PollOpen, PublicPoll } from '../protocol.ts';
import type { WorkshopBar } from './bar.ts';
import type { DeckApi } from './follow.ts';

export interface PollActions {
  open(poll: PollOpen): Promise<void>;
  reveal(id: string): Promise<void>;
  close(): Promise<void>;
}

/** The question visible on the current slide, read from the quiz's own markup. */
function visibleQuestion(deck: DeckApi): { fieldset: HTMLFieldSetElement; poll: PollOpen } | null {
  const quiz = deck.getCurrentSlide()?.querySelector<HTMLElement>('.quiz[data-quiz]');
  const fieldset = quiz?.querySelector<HTMLFieldSetElement>('.quiz-question:not([hidden])');
  if (!quiz || !fieldset) return null;
  const legend = fieldset.querySelector('legend')!.cloneNode(true) as HTMLElement;
  legend.querySelector('.quiz-number')?.remove();
  const correct = Number(fieldset.dataset.correct);
  return {
    fieldset,
    poll: {
      quiz: quiz.dataset.quiz!,
      question: Number(fieldset.dataset.question),
      prompt: legend.textContent!.trim(),
      options: [...fieldset.querySelectorAll('.quiz-option span')].map((s) => s.textContent!.trim()),
      correct,
      explanation: fieldset.querySelector(`.quiz-explanation[data-option="${correct}"]`)?.textContent?.trim() ?? '',
    },
  };
}

export function presenterPolls(deck: DeckApi, bar: WorkshopBar, t: Translate, actions: PollActions) {
  let current: PublicPoll | null = null;
  const ask = el('button', { text: t('workshop.poll.open'), attrs: { type: 'button' }, data: { workshopPollOpen: '' } });
  const reveal = el('button', { text: t('workshop.poll.reveal'), attrs: { type: 'button' }, data: { workshopPollReveal: '' } });
  const close = el('button', { text: t('workshop.poll.close'), attrs: { type: 'button' }, data: { workshopPollClose: '' } });
  const count = el('p', { class: 'workshop-poll-count' });
  bar.poll.replaceChildren(el('h2', { text: t('workshop.poll.title') }), count, ask, reveal, close);

  const render = () => {
    const question = visibleQuestion(deck);
    const mine = question && current && current.quiz === question.poll.quiz && current.question === question.poll.question;
    bar.poll.hidden = !question && !current;
    ask.hidden = !question || Boolean(mine);
    reveal.hidden = !current || current.revealed;
    close.hidden = !current;
    count.textContent = current ? t('workshop.poll.answers', { n: current.counts.reduce((a, b) => a + b, 0) }) : '';
    for (const old of document.querySelectorAll('.workshop-poll-results')) old.remove();
    if (question && current && mine) question.fieldset.append(results(current, t));
  };
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(type, render);
  // The quiz's own previous/next buttons change the visible question without a slide change.
  document.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.('[data-quiz-step]')) queueMicrotask(render);
  });
  ask.addEventListener('click', () => {
    const question = visibleQuestion(deck);
    if (question) void actions.open(question.poll);
  });
  reveal.addEventListener('click', () => current && void actions.reveal(current.id));
  close.addEventListener('click', () => void actions.close());
  render();
  return {
    update(poll: PublicPoll | null): void {
      current = poll;
      render();
    },
  };
}

/** The distribution: one bar per option, the answer marked once revealed. */
function results(poll: PublicPoll, t: Translate): HTMLElement {
  const total = poll.counts.reduce((a, b) => a + b, 0);
  const list = el('ol', { class: 'workshop-poll-results', attrs: { 'aria-label': t('workshop.poll.answers', { n: total }) } });
  poll.options.forEach((option, i) => {
    const bar = el('span', { class: 'bar' });
    // CSSOM, not a style attribute: the page's CSP allows no inline style attributes.
    bar.style.width = `${total ? (100 * poll.counts[i]) / total : 0}%`;
    const item = el('li', { data: { count: String(poll.counts[i]) } }, el('span', {}, el('span', { text: option }), bar), el('span', { text: String(poll.counts[i]) }));
    if (poll.revealed && poll.correct === i) item.dataset.correct = '';
    list.append(item);
  });
  if (poll.revealed && poll.explanation) list.append(el('li', { class: 'workshop-poll-explanation', text: poll.explanation }));
  return list;
}

/** Attendee: the open poll's question with one button per option; the answer and explanation once revealed. */
export function attendeePoll(bar: WorkshopBar, t: Translate, answer: (poll: string, choice: number) => Promise<void>) {
  return {
    update(poll: PublicPoll | null): void {
      if (!poll) {
        bar.poll.hidden = true;
        bar.poll.replaceChildren();
        return;
      }
      const list = el('ol');
      poll.options.forEach((option, i) => {
        const button = el('button', { text: option, attrs: { type: 'button', 'aria-pressed': String(poll.mine === i) }, data: { workshopChoice: String(i) } });
        button.disabled = poll.revealed;
        button.addEventListener('click', () => void answer(poll.id, i));
        const item = el('li', {}, button);
        if (poll.revealed && poll.correct === i) item.dataset.correct = '';
        list.append(item);
      });
      const parts: (Node | string)[] = [el('h2', { text: t('workshop.poll.title') }), el('p', { text: poll.prompt }), list];
      if (poll.mine !== undefined && !poll.revealed) parts.push(el('p', { text: t('workshop.poll.sent') }));
      if (poll.revealed && poll.correct !== undefined) {
        parts.push(el('p', { data: { workshopPollAnswer: '' }, text: t('workshop.poll.correct', { option: poll.options[poll.correct] }) }));
        if (poll.explanation) parts.push(el('p', { text: poll.explanation }));
      }
      bar.poll.replaceChildren(...parts);
      bar.poll.hidden = false;
    },
  };
}
