// Heavy work on the page (a Linux lab starting its machine) asks the service worker to hold off saving the course
// for offline use for a moment: on a first visit that saving runs for seconds and competes for the CPU and network.
import { holdSavingMessage } from '../sw/sw-config.ts';
import { registerOfflineWorker } from './register.ts';

export function holdOfflineSaving(ms: number): void {
  const message = { type: holdSavingMessage, ms };
  void registerOfflineWorker().then((registration) => {
    if (!registration) return;
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (worker) return worker.postMessage(message);
    // Registered a moment ago, its script still on the way: tell the worker as soon as it starts installing.
    registration.addEventListener('updatefound', () => registration.installing?.postMessage(message), { once: true });
  });
}
