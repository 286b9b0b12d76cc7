// The one start-up every client island uses: the element ships only this file; its interactive part is imported
// when the element nears the viewport (or only on first contact, for heavy islands such as Monaco or the VM).
import { stringsOf, type Translate } from './strings.ts';

export interface IslandOptions {
  /** 'approach' (default): start 200 px before the element scrolls into view, or on first contact.
   *  'contact': only on a click, a tap or keyboard focus inside it (for islands that download megabytes).
   *  'load': as soon as the element is on the page (its first state comes from the browser's storage, e.g. steps done). */
  start?: 'approach' | 'contact' | 'load';
  /** Keys typed inside stay inside: a reveal.js deck around the island must not turn the slide. Default true. */
  keepKeys?: boolean;
  /** Runs as soon as the element is on the page, before anything loads: only for what the learner must see at once
   *  (their saved text, say). It ships with the page, so keep it tiny. */
  onConnect?: (host: HTMLElement) => void;
  /** A selector: a click on a matching element while the island is still loading is clicked again once it has
   *  started, so the click that wakes a 'contact' island is not lost. */
  replayClicks?: string;
}

/** What `start` receives: the element and its strings, looked up through `t()`. */
export interface Island<H extends HTMLElement = HTMLElement> {
  host: H;
  t: Translate;
}

export type StartIsland<H extends HTMLElement = HTMLElement> = (island: Island<H>) => void | Promise<void>;

/**
 * Defines `<tag>` once. `load` imports the island's interactive part (a dynamic `import()`, so it is a separate
 * chunk) and returns its start function. A failed import can be retried by the next contact.
 * `host.dataset.ready` is set when the island is interactive (tests and styles wait for it).
 */
export function defineIsland<H extends HTMLElement = HTMLElement>(
  tag: string,
  load: () => Promise<StartIsland<H>>,
  options: IslandOptions = {},
): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, class extends HTMLElement {
    private started: Promise<void> | undefined;
    private live = false;

    connectedCallback(): void {
      const host = this as unknown as H;
      if (options.keepKeys !== false) this.addEventListener('keydown', (event) => event.stopPropagation());
      options.onConnect?.(host);
      const start = () => this.startOnce(host, load);
      if (options.replayClicks) this.replayEarlyClicks(options.replayClicks, start);
      this.addEventListener('pointerdown', start);
      this.addEventListener('focusin', start);
      if (options.start === 'load') void start();
      else if (options.start !== 'contact') whenNear(this, start);
      window.addEventListener('beforeprint', () => {
        for (const details of this.querySelectorAll<HTMLDetailsElement>('details.sim-table')) details.open = true;
      });
    }

    private startOnce(host: H, loader: () => Promise<StartIsland<H>>): Promise<void> {
      this.started ??= loader()
        .then((startIsland) => startIsland({ host, t: stringsOf(host) }))
        .then(
          () => {
            this.live = true;
            host.dataset.ready = '';
          },
          (error: unknown) => {
            this.started = undefined;
            console.error(`<${tag}> could not start`, error);
          },
        );
      return this.started;
    }

    private replayEarlyClicks(selector: string, start: () => Promise<void>): void {
      this.addEventListener('click', (event) => {
        const target = (event.target as Element).closest<HTMLElement>(selector);
        if (this.live || !target || !this.contains(target)) return;
        // Captured on the way down: the island's own listeners see only the replayed click.
        event.stopPropagation();
        void start().then(() => this.live && target.click());
      }, { capture: true });
    }
  });
}

/** Calls `start` once when `element` comes within 200 px of the viewport. */
export function whenNear(element: Element, start: () => unknown): void {
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      start();
    }
  }, { rootMargin: '200px' });
  observer.observe(element);
}
