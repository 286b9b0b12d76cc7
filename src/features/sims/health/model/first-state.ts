// What the simulator shows before the learner touches it, rendered at build time with the same models.
import { APP_PRESETS, appAnswer, type AppBehaviour, type AppPreset } from './app.ts';
import { parseDockerFlags, type DockerFlag } from './settings.ts';
import { simulateDockerTimeline, type Timeline } from './timeline.ts';

export const FIRST_STATE: { app: AppPreset; span: number; flags: Record<DockerFlag, string>; yaml: string } = {
  app: 'slow-start-deadlock',
  span: 300,
  flags: { interval: '30s', timeout: '30s', startPeriod: '0s', startInterval: '5s', retries: '3' },
  yaml: `startupProbe:
  httpGet: { path: /health, port: 8080 }
  periodSeconds: 10
  failureThreshold: 3
livenessProbe:
  httpGet: { path: /health, port: 8080 }
  periodSeconds: 10
  failureThreshold: 3
readinessProbe:
  httpGet: { path: /ready, port: 8080 }
  periodSeconds: 5
`,
};

/** The Docker timeline for HEALTHCHECK flags as typed; starting flags that do not parse are a bug, so it throws. */
export function dockerTimelineFor(flags: Record<DockerFlag, string>, app: AppBehaviour, until: number): Timeline {
  const parsed = parseDockerFlags(flags);
  if (!parsed.ok) throw new Error(`invalid starting flags: ${Object.keys(parsed.errors).join(', ')}`);
  return simulateDockerTimeline(parsed.config, (time) => appAnswer(app, '/health', time), until);
}

export const firstTimeline = (): Timeline => dockerTimelineFor(FIRST_STATE.flags, APP_PRESETS[FIRST_STATE.app], FIRST_STATE.span);
