// <offline-status>: starts with the page, not near the viewport (the sidebar is folded away on phones, and the
// "update available" prompt must still appear).
import { defineIsland } from '../../../ui/island.ts';

defineIsland('offline-status', () => import('./status.ts').then((m) => m.start), { start: 'load', keepKeys: false });
