import { describe, expect, it } from 'vitest';
import { FIRST_STATE, firstTimeline } from '../../../../src/features/sims/health/model/first-state.ts';
import { parseProbeYaml } from '../../../../src/features/sims/health/model/settings.ts';

describe('the first state, rendered at build time', () => {
  it('shows Docker defaults against the slow-start app that deadlocks: unhealthy three probes after the 120 s deadlock', () => {
    const unhealthy = firstTimeline().events.find((e) => e.kind === 'status' && e.state === 'unhealthy');
    expect(unhealthy?.t).toBe(270);
  });

  it('starts the Kubernetes mode with a snippet that parses', () => {
    expect(parseProbeYaml(FIRST_STATE.yaml).ok).toBe(true);
  });
});
