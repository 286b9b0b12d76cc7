// The service worker's hold on saving the course: what a starting Linux lab asks for, and its limits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SavingHold } from '../../../src/features/offline/sw/saving-hold.ts';
import { maxHoldMs } from '../../../src/features/offline/sw/sw-config.ts';

describe('SavingHold', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    return () => done;
  };

  it('lets saving go on at once when nothing asked for a hold', async () => {
    const released = settled(new SavingHold().released());
    await vi.advanceTimersByTimeAsync(0);
    expect(released()).toBe(true);
  });

  it('holds saving for the time asked, then lets it go on', async () => {
    const hold = new SavingHold();
    hold.hold(8000);
    const released = settled(hold.released());
    await vi.advanceTimersByTimeAsync(7999);
    expect(released()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(released()).toBe(true);
  });

  it('a later, longer hold extends the wait; a shorter one never cuts it', async () => {
    const hold = new SavingHold();
    hold.hold(5000);
    const released = settled(hold.released());
    await vi.advanceTimersByTimeAsync(4000);
    hold.hold(5000);
    hold.hold(10);
    await vi.advanceTimersByTimeAsync(4999);
    expect(released()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(released()).toBe(true);
  });

  it('never holds longer than the limit, and ignores what is not a number of milliseconds', async () => {
    const hold = new SavingHold();
    hold.hold(10 * 60_000);
    hold.hold('soon');
    hold.hold(-5);
    const released = settled(hold.released());
    await vi.advanceTimersByTimeAsync(maxHoldMs);
    expect(released()).toBe(true);
  });
});
