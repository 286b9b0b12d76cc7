// <dockerfile-playground>: starts with the page, so a shared link opens straight into the editor.
import { defineIsland } from '../../ui/island.ts';

defineIsland('dockerfile-playground', () => import('./client.ts').then((m) => m.start), { start: 'load' });
