// <graded-exercise>: ships with the page (precached for offline use) and starts at once, so the saved status and
// hints show before the learner scrolls to it. Grading runs in the editor's worker, loaded on "Edit & check".
import { defineIsland } from '../../ui/island.ts';
import { start } from './client.ts';

defineIsland('graded-exercise', async () => start, { start: 'load' });
