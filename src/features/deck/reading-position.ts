/**
 * Reading page → deck: keeps the "Present as slides" link pointing at the slide that matches the
 * section being read (sections carry the same `slide-…` ids as the deck's slides).
 */
export function keepSlidePositionInLink(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-view-switch="slides"]');
  if (!link) return;
  // Float it above Starlight's panes (it starts inside the content's stacking context).
  document.body.append(link);
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
