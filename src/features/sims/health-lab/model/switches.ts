// The few switches at the top of the lab's server code, read as text (never evaluated) so a simulated
// server can follow them when the real runtime cannot start.

import type { AppBehaviour } from '../../health/model/app.ts';

export const SWITCH_NAMES = ['STARTUP_DELAY_MS', 'DEADLOCK_AFTER_MS', 'FAIL_HEALTH', 'FAIL_READY'] as const;
export type SwitchName = (typeof SWITCH_NAMES)[number];

export type ServerSwitches = {
  startupDelayMs: number;
  /** 0: never. */
  deadlockAfterMs: number;
  failHealth: boolean;
  failReady: boolean;
};

export const DEFAULT_SWITCHES: ServerSwitches = { startupDelayMs: 0, deadlockAfterMs: 0, failHealth: false, failReady: false };

export type SwitchReport = {
  switches: ServerSwitches;
  /** Switches found with a value the lab understood. */
  read: SwitchName[];
  /** Switches declared with a value it could not read (the default is used). */
  unreadable: SwitchName[];
};

const DECLARATION = /^[ \t]*(?:const|let|var)[ \t]+([A-Z_]+)[ \t]*=[ \t]*([^;\n]*?)[ \t]*;?[ \t]*(?:\/\/.*)?$/gm;
const NUMBER = /^\d[\d_]*(?:\.\d+)?$/;

/** A non-negative number literal or a product of them (`40_000`, `40 * 1000`); null for anything else. */
export function readNumber(text: string): number | null {
  const factors = text.split('*').map((f) => f.trim());
  if (factors.some((f) => !NUMBER.test(f) || /_$|__/.test(f))) return null;
  const value = factors.reduce((product, f) => product * Number(f.replaceAll('_', '')), 1);
  return Number.isFinite(value) ? value : null;
}

export function parseServerSwitches(code: string): SwitchReport {
  // Block comments could hide a declaration; drop them (line comments are excluded by the pattern's start).
  const text = code.replace(/\/\*[\s\S]*?\*\//g, '');
  const switches = { ...DEFAULT_SWITCHES };
  const read: SwitchName[] = [];
  const unreadable: SwitchName[] = [];
  for (const match of text.matchAll(DECLARATION)) {
    const name = match[1] as SwitchName;
    if (!(SWITCH_NAMES as readonly string[]).includes(name) || read.includes(name) || unreadable.includes(name)) continue;
    const value = match[2];
    if (name === 'FAIL_HEALTH' || name === 'FAIL_READY') {
      if (value !== 'true' && value !== 'false') {
        unreadable.push(name);
        continue;
      }
      switches[name === 'FAIL_HEALTH' ? 'failHealth' : 'failReady'] = value === 'true';
    } else {
      const number = readNumber(value);
      if (number === null) {
        unreadable.push(name);
        continue;
      }
      switches[name === 'STARTUP_DELAY_MS' ? 'startupDelayMs' : 'deadlockAfterMs'] = number;
    }
    read.push(name);
  }
  return { switches, read, unreadable };
}

/** The app behaviour the simulated server follows for these switches. */
export function switchesToBehaviour(switches: ServerSwitches): AppBehaviour {
  return {
    startupSeconds: switches.startupDelayMs / 1000,
    // The starter measures the deadlock from process start, as the timeline does.
    deadlockAfterSeconds: switches.deadlockAfterMs > 0 ? switches.deadlockAfterMs / 1000 : null,
    gcPause: null,
    failHealth: switches.failHealth,
    failReady: switches.failReady,
  };
}
