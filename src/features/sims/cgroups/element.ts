import { lazyIsland } from '../../../scripts/sims/lazy-island.ts';

/** `<cgroup-limits>`: the static first state ships with the page; the simulators load on approach. */
class CgroupLimitsElement extends HTMLElement {
  connectedCallback(): void {
    lazyIsland(this, async () => {
      const { startCgroupLimits } = await import('./client.ts');
      startCgroupLimits(this);
    });
  }
}

if (!customElements.get('cgroup-limits')) customElements.define('cgroup-limits', CgroupLimitsElement);
