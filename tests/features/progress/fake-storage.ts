import type { StorageEventSource, StorageLike } from '../../../src/features/progress/index.ts';

/** A Map-backed Storage; `quota` (in characters, keys + values) makes setItem throw like a full browser store. */
export class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  writes = 0;
  quota: number;
  constructor(quota = Infinity) {
    this.quota = quota;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
    this.writes += 1;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
}

/** Storage that throws on every access, like a browser with storage disabled. */
export class ThrowingStorage implements StorageLike {
  getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

type Listener = Parameters<StorageEventSource['addEventListener']>[1];

/**
 * Several "tabs" over one origin's storage: a write in one tab fires a `storage` event in every other tab, as
 * browsers do (never in the tab that wrote).
 */
export function tabs(count: number, shared = new FakeStorage()) {
  const listeners: Listener[][] = [];
  const views = Array.from({ length: count }, (_, tab) => {
    listeners[tab] = [];
    const storage: StorageLike = {
      getItem: (key) => shared.getItem(key),
      setItem(key, value) {
        shared.setItem(key, value);
        listeners.forEach((list, other) => other !== tab && list.forEach((l) => l({ key, storageArea: views[other].storage })));
      },
      removeItem(key) {
        shared.removeItem(key);
        listeners.forEach((list, other) => other !== tab && list.forEach((l) => l({ key, storageArea: views[other].storage })));
      },
    };
    const events: StorageEventSource = { addEventListener: (_type, listener) => void listeners[tab].push(listener) };
    return { storage, events };
  });
  return { shared, views };
}

/** A clock that moves one second per reading, so every save has its own timestamp. */
export function ticking(start = Date.parse('2026-03-01T10:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}
