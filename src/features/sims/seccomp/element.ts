// <seccomp-lab>: the starter profile and its results ship with the page. The small client comes with this file and
// starts at once, so the learner's saved profile and finished challenges replace the starter before anyone looks;
// Monaco, its JSON language service and the evaluator load only when the learner starts the lab (client.ts).
import { defineIsland } from '../../../ui/island.ts';
import { start } from './client.ts';

defineIsland('seccomp-lab', async () => start, { start: 'load' });
