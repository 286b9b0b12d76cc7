// <cgroup-limits>: the first state ships with the page; the simulators load as the element nears the viewport.
import { defineIsland } from '../../../ui/island.ts';

defineIsland('cgroup-limits', () => import('./client.ts').then((m) => m.start));
