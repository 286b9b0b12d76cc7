// <health-timeline>: a server-rendered timeline until the learner nears it; the models, YAML parser and drawing code
// come with the client's import.
import { defineIsland } from '../../../ui/island.ts';

defineIsland('health-timeline', () => import('./client.ts').then((m) => m.start), { start: 'approach' });
