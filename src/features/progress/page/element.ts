// <progress-page>: the page's one island, started with the page (everything it shows comes from the browser's storage).
import { defineIsland } from '../../../ui/island.ts';

defineIsland('progress-page', () => import('./client.ts').then((m) => m.start), { start: 'load', keepKeys: false });
