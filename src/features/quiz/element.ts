// <lesson-quiz>: ships with the page (a lesson's quiz works offline after one visit) and starts at once, so saved
// answers show and the first choice is never missed.
import { defineIsland } from '../../ui/island.ts';
import { start } from './client.ts';

defineIsland('lesson-quiz', async () => start, { start: 'load' });
