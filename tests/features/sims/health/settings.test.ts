import { describe, expect, it } from 'vitest';
import { healthcheckLine, parseDockerFlags, parseProbeYaml } from '../../../../src/features/sims/health/model/settings.ts';

// Expected values are worked out by hand from the Docker and Kubernetes rules cited in model/healthcheck.ts and
// model/probes.ts (and their own tests), not read back from the code under test.

const flags = (over: Partial<Record<'interval' | 'timeout' | 'startPeriod' | 'startInterval' | 'retries', string>> = {}) => ({
  interval: '30s', timeout: '30s', startPeriod: '0s', startInterval: '5s', retries: '3', ...over,
});

describe('settings typed by the learner', () => {
  it('parses HEALTHCHECK flags as Go durations and says which flag is wrong', () => {
    expect(parseDockerFlags(flags({ interval: '1m30s', startPeriod: '500ms' }))).toEqual({
      ok: true,
      config: { interval: 90, timeout: 30, startPeriod: 0.5, startInterval: 5, retries: 3 },
    });
    const result = parseDockerFlags(flags({ interval: '30', timeout: '-1s', startInterval: '1ns', retries: 'x' }));
    expect(result).toEqual({
      ok: false,
      errors: {
        interval: { key: 'health.error.duration', vars: { flag: '--interval', value: '30' } },
        timeout: { key: 'health.error.negative', vars: { flag: '--timeout' } },
        startInterval: { key: 'health.error.tooShort', vars: { flag: '--start-interval' } },
        retries: { key: 'health.error.retries', vars: { flag: '--retries', value: 'x' } },
      },
    });
    expect(healthcheckLine(flags())).toBe('HEALTHCHECK --interval=30s --timeout=30s --start-period=0s --start-interval=5s --retries=3 \\\n  CMD ["/app", "-health"]');
  });

  it('reads probes from a snippet, a container or a containers list', () => {
    const snippet = 'livenessProbe:\n  httpGet: { path: /health, port: 8080 }\n  periodSeconds: 5\n';
    expect(parseProbeYaml(snippet)).toEqual({ ok: true, probes: { livenessProbe: { periodSeconds: 5 } } });
    expect(parseProbeYaml(`containers:\n  - name: app\n    image: app:1\n    ${snippet.replaceAll('\n', '\n    ').trimEnd()}\n`)).toEqual({
      ok: true,
      probes: { livenessProbe: { periodSeconds: 5 } },
    });
    expect(parseProbeYaml('')).toEqual({ ok: true, probes: {} });
  });

  it('rejects what the Pod API would, with the line', () => {
    expect(parseProbeYaml('livenessProbe:\n  httpGet: {path: /health, port: 8080}\n  periodSeconds: 0\n')).toEqual({
      ok: false,
      error: { key: 'health.error.minimum', vars: { probe: 'livenessProbe', field: 'periodSeconds', min: 1 }, line: 3 },
    });
    expect(parseProbeYaml('startupProbe:\n  exec: {command: [/app, -health]}\n  periodSecond: 5\n')).toMatchObject({
      ok: false, error: { key: 'health.error.unknownField', vars: { field: 'periodSecond' }, line: 3 },
    });
    expect(parseProbeYaml('readinessProbe:\n  periodSeconds: 5\n')).toMatchObject({ ok: false, error: { key: 'health.error.handler', line: 2 } });
    expect(parseProbeYaml('livenessProbe:\n  tcpSocket: {port: 8080}\n  successThreshold: 2\n')).toMatchObject({ ok: false, error: { key: 'health.error.successThreshold' } });
    expect(parseProbeYaml('livenessProbe:\n  tcpSocket: {port: 8080}\n  timeoutSeconds: 1.5\n')).toMatchObject({ ok: false, error: { key: 'health.error.integer' } });
    expect(parseProbeYaml('livenessProbe:\n  periodSeconds: [\n')).toMatchObject({ ok: false, error: { key: 'health.error.yaml' } });
  });
});
