import { lazyIsland } from '../../../scripts/sims/lazy-island.ts';

/** `<layer-cache>`: the static first state ships with the page; parsing and re-rendering load on approach. */
class LayerCacheElement extends HTMLElement {
  connectedCallback(): void {
    lazyIsland(this, async () => {
      const { startLayerCache } = await import('./client.ts');
      startLayerCache(this);
    });
  }
}

if (!customElements.get('layer-cache')) customElements.define('layer-cache', LayerCacheElement);
