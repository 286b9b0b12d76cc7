// <graded-exercise>: starts with the page, so the saved status and hints show before the learner scrolls to it.
import { defineIsland } from '../../ui/island.ts';

defineIsland('graded-exercise', () => import('./client.ts').then((m) => m.start), { start: 'load' });
