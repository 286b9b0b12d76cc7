// Web Storage that may be refused (a private window's settings, storage turned off, a full quota). Islands that only
// remember something for convenience (a hint seen, a talk's timer, why a room ended) read null and drop a write
// instead of failing: the page carries on and merely forgets.

type Area = 'localStorage' | 'sessionStorage';

/** The stored value, or null when there is none or storage is refused. */
export function readStored(area: Area, key: string): string | null {
  try {
    return globalThis[area].getItem(key);
  } catch {
    return null;
  }
}

/** Stores the value; false when storage refused it. */
export function writeStored(area: Area, key: string, value: string): boolean {
  try {
    globalThis[area].setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the value (nothing happens when storage is refused). */
export function removeStored(area: Area, key: string): void {
  try {
    globalThis[area].removeItem(key);
  } catch {
    // nothing was kept either
  }
}
