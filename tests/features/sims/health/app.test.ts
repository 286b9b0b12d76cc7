import { describe, expect, it } from 'vitest';
import { APP_PRESETS, appAnswer } from '../../../../src/features/sims/health/model/app.ts';

// Expected values are worked out by hand from the Docker and Kubernetes rules cited in model/healthcheck.ts and
// model/probes.ts (and their own tests), not read back from the code under test.

describe('app behaviours', () => {
  it('refuses connections while starting, then answers at once', () => {
    const app = APP_PRESETS['slow-start'];
    expect(appAnswer(app, '/health', 39.9)).toEqual({ ok: false, durationSeconds: 0 });
    expect(appAnswer(app, '/health', 40)).toEqual({ ok: true, durationSeconds: 0 });
  });

  it('never answers after a deadlock', () => {
    expect(appAnswer(APP_PRESETS.deadlock, '/health', 119)).toEqual({ ok: true, durationSeconds: 0 });
    expect(appAnswer(APP_PRESETS.deadlock, '/ready', 120)).toEqual({ ok: false, durationSeconds: Infinity });
  });

  it('holds a probe that arrives during a 3 s GC pause until the pause ends (pauses every 15 s after start-up at 5 s)', () => {
    const app = APP_PRESETS['gc-pauses'];
    expect(appAnswer(app, '/health', 19)).toEqual({ ok: true, durationSeconds: 0 }); // first pause at 5 + 15 = 20
    expect(appAnswer(app, '/health', 20)).toEqual({ ok: true, durationSeconds: 3 });
    expect(appAnswer(app, '/health', 21.5)).toEqual({ ok: true, durationSeconds: 1.5 });
    expect(appAnswer(app, '/health', 23)).toEqual({ ok: true, durationSeconds: 0 });
    expect(appAnswer(app, '/health', 36)).toEqual({ ok: true, durationSeconds: 2 });
  });

  it('answers 500 on /health and 503 on /ready when told to fail, once started', () => {
    const app = { startupSeconds: 1, deadlockAfterSeconds: null, gcPause: null, failHealth: true };
    expect(appAnswer(app, '/health', 2)).toEqual({ ok: false, durationSeconds: 0 });
    expect(appAnswer(app, '/ready', 2)).toEqual({ ok: true, durationSeconds: 0 });
  });
});
