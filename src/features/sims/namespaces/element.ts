import { lazyIsland } from '../../../scripts/sims/lazy-island.ts';

/** `<pid-namespaces>`: the static first state ships with the page; the model loads on approach. */
class PidNamespacesElement extends HTMLElement {
  connectedCallback(): void {
    lazyIsland(this, async () => {
      const { startPidNamespaces } = await import('./client.ts');
      startPidNamespaces(this);
    });
  }
}

if (!customElements.get('pid-namespaces')) customElements.define('pid-namespaces', PidNamespacesElement);
