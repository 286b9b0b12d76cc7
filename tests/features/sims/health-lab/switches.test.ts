import { describe, expect, it } from 'vitest';
import { parseServerSwitches, readNumber, switchesToBehaviour } from '../../../../src/features/sims/health-lab/model/switches.ts';

describe('server switches read from the learner code (never evaluated)', () => {
  it('reads numbers, products and booleans declared at the start of a line', () => {
    const code = [
      "const http = require('node:http');",
      'const STARTUP_DELAY_MS = 8_000; // how long it takes',
      'let DEADLOCK_AFTER_MS = 20 * 1000;',
      'var FAIL_HEALTH = true',
      '// const FAIL_READY = true;',
      '/* const FAIL_READY = true; */',
    ].join('\n');
    expect(parseServerSwitches(code)).toEqual({
      switches: { startupDelayMs: 8000, deadlockAfterMs: 20000, failHealth: true, failReady: false },
      read: ['STARTUP_DELAY_MS', 'DEADLOCK_AFTER_MS', 'FAIL_HEALTH'],
      unreadable: [],
    });
  });

  it('keeps the default for values it cannot read, and says so', () => {
    const report = parseServerSwitches('const STARTUP_DELAY_MS = Number(process.env.DELAY);\nconst FAIL_HEALTH = Math.random() > 0.5;\nconst FAIL_READY = false;');
    expect(report).toEqual({
      switches: { startupDelayMs: 0, deadlockAfterMs: 0, failHealth: false, failReady: false },
      read: ['FAIL_READY'],
      unreadable: ['STARTUP_DELAY_MS', 'FAIL_HEALTH'],
    });
    expect(readNumber('1e3')).toBeNull();
    expect(readNumber('-5')).toBeNull();
    expect(readNumber('1__0')).toBeNull();
    expect(readNumber('2.5 * 1000')).toBe(2500);
  });

  it('maps switches to the app behaviour of the simulated server (0 = never deadlocks)', () => {
    expect(switchesToBehaviour({ startupDelayMs: 8000, deadlockAfterMs: 0, failHealth: false, failReady: true })).toEqual({
      startupSeconds: 8, deadlockAfterSeconds: null, gcPause: null, failHealth: false, failReady: true,
    });
  });
});
