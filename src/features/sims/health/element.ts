// <health-timeline>: a server-rendered timeline until the learner reaches it; the simulator loads when it
// scrolls into view or is touched (a few KB here; the models, YAML parser and drawing code come with the import).
class HealthTimelineElement extends HTMLElement {
  private loading: Promise<void> | undefined;

  connectedCallback(): void {
    // Keys typed in the simulator belong to it: a reveal.js deck around it must not see them.
    this.addEventListener('keydown', (event) => event.stopPropagation());
    const load = () => this.load();
    this.addEventListener('focusin', load, { once: true });
    this.addEventListener('pointerdown', load, { once: true });
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void load();
      }
    }, { rootMargin: '200px' });
    observer.observe(this);
  }

  load(): Promise<void> {
    this.loading ??= import('./island.ts').then(({ startHealthTimeline }) => startHealthTimeline(this));
    return this.loading;
  }
}

if (!customElements.get('health-timeline')) customElements.define('health-timeline', HealthTimelineElement);
