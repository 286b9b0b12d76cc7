// <pid-namespaces>: the first state ships with the page; the model loads as the element nears the viewport.
import { defineIsland } from '../../../ui/island.ts';

defineIsland('pid-namespaces', () => import('./client.ts').then((m) => m.start));
