/**
 * Shared start-up of the simulator islands: the element ships only this; its interactive part loads
 * when it nears the viewport (or on the first pointer/keyboard contact, whichever comes first).
 * Keys typed inside an island never reach the deck, and the text-alternative table opens for printing.
 */
export function lazyIsland(element: HTMLElement, load: () => Promise<void>): void {
  element.addEventListener('keydown', (event) => event.stopPropagation());
  let started: Promise<void> | undefined;
  const start = () => {
    started ??= load().then(
      () => {
        element.dataset.ready = '';
      },
      (error: unknown) => {
        started = undefined;
        throw error;
      },
    );
    return started;
  };
  element.addEventListener('pointerdown', start, { once: true });
  element.addEventListener('focusin', start, { once: true });
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          void start();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
  } else void start();
  window.addEventListener('beforeprint', () => {
    for (const details of element.querySelectorAll<HTMLDetailsElement>('details.sim-table')) details.open = true;
  });
}
