// <dockerfile-editor>: a highlighted code block until the learner asks to edit it. Monaco, its CSS and the checker
// worker load only on "Edit & check" (handle.ts); this light part ships with the page (so it is precached for
// offline use) and shows the saved text at once.
import { defineIsland } from '../../ui/island.ts';
import { start } from './client.ts';

defineIsland('dockerfile-editor', async () => start, { start: 'load' });
