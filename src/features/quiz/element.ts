// <lesson-quiz>: starts with the page, so saved answers show at once and the first choice is never missed.
import { defineIsland } from '../../ui/island.ts';

defineIsland('lesson-quiz', () => import('./client.ts').then((m) => m.start), { start: 'load' });
