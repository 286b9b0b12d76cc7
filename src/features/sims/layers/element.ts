// <layer-cache>: the first state ships with the page; parsing and redrawing load as the element nears the viewport.
import { defineIsland } from '../../../ui/island.ts';

defineIsland('layer-cache', () => import('./client.ts').then((m) => m.start));
