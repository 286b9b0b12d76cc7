// <linux-lab>: starts with the page (the steps already done come from the progress store); the emulator, the
// terminal and the snapshot load only on "Start lab" (./client.ts imports ./runtime.ts then).
import { defineIsland } from '../../ui/island.ts';

defineIsland('linux-lab', () => import('./client.ts').then((m) => m.start), { start: 'load' });
