// Heavy work on the page (a Linux lab starting its machine) asks the service worker to hold off saving the course
// for offline use for a moment: on a first visit that saving runs for seconds and competes for the CPU and network.
import { holdSavingMessage } from '../sw/sw-config.ts';
import { registerOfflineWorker } from './register.ts';

export function holdOfflineSaving(ms: number): void {
  void registerOfflineWorker().then((registration) => {
    const worker = registration?.installing ?? registration?.waiting ?? registration?.active;
    worker?.postMessage({ type: holdSavingMessage, ms });
  });
}
