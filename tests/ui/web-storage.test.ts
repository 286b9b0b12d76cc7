import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, removeStored, writeStored } from '../../src/ui/web-storage.ts';

/** A Storage backed by a Map, or one that refuses everything (as a private window's settings can). */
function storage(refuse = false): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const values = new Map<string, string>();
  const refused = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    getItem: (key) => (refuse ? refused() : (values.get(key) ?? null)),
    setItem: (key, value) => (refuse ? refused() : void values.set(key, value)),
    removeItem: (key) => (refuse ? refused() : void values.delete(key)),
  };
}

describe('web storage that may be refused', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads back what it wrote, per area, and forgets on removal', () => {
    vi.stubGlobal('localStorage', storage());
    vi.stubGlobal('sessionStorage', storage());
    expect(writeStored('sessionStorage', 'k', 'v')).toBe(true);
    expect(readStored('sessionStorage', 'k')).toBe('v');
    expect(readStored('localStorage', 'k')).toBeNull();
    removeStored('sessionStorage', 'k');
    expect(readStored('sessionStorage', 'k')).toBeNull();
  });

  it('gives null and drops writes, without throwing, when storage refuses or is missing', () => {
    vi.stubGlobal('localStorage', storage(true));
    vi.stubGlobal('sessionStorage', undefined);
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      expect(writeStored(area, 'k', 'v')).toBe(false);
      expect(readStored(area, 'k')).toBeNull();
      expect(() => removeStored(area, 'k')).not.toThrow();
    }
  });
});
