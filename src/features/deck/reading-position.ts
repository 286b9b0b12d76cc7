/** Where the link floats; keep in step with `.lesson-view-switch` in src/styles/reading.css (Starlight's TOC column). */
const FLOATING_MEDIA = '(min-width: 72rem)';

/**
 * Reading page → deck: keeps the "Present as slides" link pointing at the slide that matches the
 * section being read (sections carry the same `slide-…` ids as the deck's slides).
 */
export function keepSlidePositionInLink(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-view-switch="slides"]');
  if (!link) return;
  // Wide screens float it over the table-of-contents column (above Starlight's panes, hence out of the content's
  // stacking context); narrower ones have no free margin, so it stays in the lesson bar and never covers the lesson.
  const home = { parent: link.parentElement!, next: link.nextSibling };
  const floating = matchMedia(FLOATING_MEDIA);
  const place = () => (floating.matches ? document.body.append(link) : home.parent.insertBefore(link, home.next));
  floating.addEventListener('change', place);
  place();
  const base = link.getAttribute('href')!.split('#')[0];
  const sections = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content [id^="slide-"]')];
  let scheduled = false;
  const update = () => {
    scheduled = false;
    const line = window.innerHeight * 0.3;
    let current: HTMLElement | undefined;
    for (const section of sections) {
      if (section.getBoundingClientRect().top > line) break;
      current = section;
    }
    link.href = current ? `${base}#/${current.id}` : base;
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  update();
}
