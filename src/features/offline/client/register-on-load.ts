// Decks have no sidebar: this keeps them (and the pages they load) available offline too.
import { registerOfflineWorker } from './register.ts';

void registerOfflineWorker();
