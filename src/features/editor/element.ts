// <dockerfile-editor>: a highlighted code block until the learner asks to edit it. Monaco, its CSS and the checker
// worker load only on "Edit & check" (or keyboard focus on the code); the saved text shows before that.
import { defineIsland } from '../../ui/island.ts';

defineIsland('dockerfile-editor', () => import('./client.ts').then((m) => m.start), { start: 'load' });
