// <dockerfile-playground>: ships with the page and starts at once, so a shared link opens straight into the editor.
import { defineIsland } from '../../ui/island.ts';
import { start } from './client.ts';

defineIsland('dockerfile-playground', async () => start, { start: 'load' });
