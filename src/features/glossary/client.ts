// Glossary links explain their term in place: hovering or focusing one shows the definition in a tooltip tied to
// the link (aria-describedby), Escape or leaving hides it, and the link still leads to the glossary entry.
import type { Island } from '../../ui/island.ts';
import { el } from '../../ui/dom.ts';

type Definitions = Record<string, { term: string; definition: string }>;

const TIP_ID = 'glossary-tip';

export function start({ host }: Island): void {
  const data = host.querySelector('script[data-glossary]')?.textContent ?? '{}';
  const definitions = JSON.parse(data) as Definitions;
  const content = host.closest('.sl-markdown-content') ?? document.querySelector('main') ?? document.body;
  const tip = el('div', { class: 'glossary-tip', attrs: { id: TIP_ID, role: 'tooltip', hidden: '' } });
  document.body.append(tip);
  let shownFor: HTMLAnchorElement | undefined;

  const hide = () => {
    shownFor?.removeAttribute('aria-describedby');
    shownFor = undefined;
    tip.hidden = true;
  };
  const show = (link: HTMLAnchorElement, id: string) => {
    const entry = definitions[id]!;
    tip.replaceChildren(el('strong', { text: entry.term }), entry.definition);
    tip.hidden = false;
    const box = link.getBoundingClientRect();
    const left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(8, left)}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
    link.setAttribute('aria-describedby', TIP_ID);
    shownFor = link;
  };

  for (const link of content.querySelectorAll<HTMLAnchorElement>('a[href*="/glossary/#"]')) {
    const id = decodeURIComponent(link.hash.slice(1));
    if (!(id in definitions)) continue;
    link.classList.add('glossary-link');
    link.addEventListener('mouseenter', () => show(link, id));
    link.addEventListener('focus', () => show(link, id));
    link.addEventListener('mouseleave', hide);
    link.addEventListener('blur', hide);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shownFor) hide();
  });
}
