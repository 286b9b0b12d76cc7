// Reading what the learner typed: HEALTHCHECK flags (Go durations, as Docker parses them) and a Kubernetes
// probe snippet in YAML. Errors are data (a key for the UI strings plus values), never thrown at the UI.

import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { parseHealthcheckDuration, MINIMUM_DURATION_SECONDS, type HealthcheckConfig } from './healthcheck.ts';
import { KUBERNETES_PROBE_DEFAULTS, type ContainerProbes, type ProbeKind, type ProbeSpec } from './probes.ts';

export type SettingsError = { key: string; vars?: Record<string, string | number>; line?: number };

/** What a simulation runs with once the learner's input has been read without errors. */
export type ValidSettings = { mode: 'docker'; config: HealthcheckConfig } | { mode: 'kubernetes'; probes: ContainerProbes };

export const DOCKER_FLAGS = ['interval', 'timeout', 'startPeriod', 'startInterval', 'retries'] as const;
export type DockerFlag = (typeof DOCKER_FLAGS)[number];
export const DOCKER_FLAG_NAMES: Record<DockerFlag, string> = {
  interval: '--interval',
  timeout: '--timeout',
  startPeriod: '--start-period',
  startInterval: '--start-interval',
  retries: '--retries',
};

export type DockerFlagsResult =
  | { ok: true; config: HealthcheckConfig }
  | { ok: false; errors: Partial<Record<DockerFlag, SettingsError>> };

/** HEALTHCHECK flags as typed (`30s`, `1m30s`, `500ms`; retries a whole number); 0 means "the default". */
export function parseDockerFlags(input: Record<DockerFlag, string>): DockerFlagsResult {
  const errors: Partial<Record<DockerFlag, SettingsError>> = {};
  const config = {} as HealthcheckConfig;
  for (const flag of DOCKER_FLAGS) {
    const text = input[flag].trim();
    const name = DOCKER_FLAG_NAMES[flag];
    if (flag === 'retries') {
      if (!/^\d+$/.test(text)) errors.retries = { key: 'health.error.retries', vars: { flag: name, value: text } };
      else config.retries = Number(text);
      continue;
    }
    const seconds = parseHealthcheckDuration(text);
    if (seconds === null) errors[flag] = { key: 'health.error.duration', vars: { flag: name, value: text } };
    else if (seconds < 0) errors[flag] = { key: 'health.error.negative', vars: { flag: name } };
    else if (seconds > 0 && seconds < MINIMUM_DURATION_SECONDS) errors[flag] = { key: 'health.error.tooShort', vars: { flag: name } };
    else config[flag] = seconds;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, config };
}

/** The instruction the flags stand for, as a learner would write it in a Dockerfile. */
export function healthcheckLine(input: Record<DockerFlag, string>, command = '["/app", "-health"]'): string {
  const flags = DOCKER_FLAGS.map((flag) => `${DOCKER_FLAG_NAMES[flag]}=${input[flag].trim()}`).join(' ');
  return `HEALTHCHECK ${flags} \\\n  CMD ${command}`;
}

const PROBE_FIELDS = Object.keys(KUBERNETES_PROBE_DEFAULTS) as (keyof ProbeSpec)[];
const FIELD_MINIMUMS: Record<keyof ProbeSpec, number> = { initialDelaySeconds: 0, periodSeconds: 1, timeoutSeconds: 1, failureThreshold: 1, successThreshold: 1 };
const HANDLERS = ['httpGet', 'tcpSocket', 'exec', 'grpc'];
// Accepted and ignored: they do not change when probes run or what they decide.
const OTHER_PROBE_FIELDS = ['terminationGracePeriodSeconds'];
const PROBE_KEYS: Record<ProbeKind, 'startupProbe' | 'livenessProbe' | 'readinessProbe'> = { startup: 'startupProbe', liveness: 'livenessProbe', readiness: 'readinessProbe' };

export type ProbeYamlResult = { ok: true; probes: ContainerProbes } | { ok: false; error: SettingsError };

/**
 * A container's probes in YAML: either the probe keys at the top level, a container (with name, image…),
 * or a `containers:` list (its first container). Field rules follow the Pod API validation.
 */
export function parseProbeYaml(text: string): ProbeYamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: unknown) => {
    const range = (node as YamlNode | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  if (doc.errors.length) {
    const [first] = doc.errors;
    return { ok: false, error: { key: 'health.error.yaml', line: lineCounter.linePos(first.pos[0]).line } };
  }
  let container: unknown = doc.contents;
  if (isSeq(container)) container = container.items[0];
  if (isMap(container) && isSeq(container.get('containers', true))) container = (container.get('containers', true) as unknown as { items: unknown[] }).items[0];
  if (container === null || container === undefined) return { ok: true, probes: {} };
  if (!isMap(container)) return { ok: false, error: { key: 'health.error.notMapping', line: lineOf(container) } };

  const probes: ContainerProbes = {};
  for (const kind of ['startup', 'liveness', 'readiness'] as const) {
    const key = PROBE_KEYS[kind];
    const node = container.get(key, true);
    if (node === undefined || node === null) continue;
    if (!isMap(node)) return { ok: false, error: { key: 'health.error.probeMapping', vars: { probe: key }, line: lineOf(node) } };
    const spec: Partial<ProbeSpec> = {};
    let handlers = 0;
    for (const pair of node.items) {
      const field = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (HANDLERS.includes(field)) {
        handlers += 1;
        continue;
      }
      if (OTHER_PROBE_FIELDS.includes(field)) continue;
      if (!(PROBE_FIELDS as string[]).includes(field)) return { ok: false, error: { key: 'health.error.unknownField', vars: { probe: key, field }, line: lineOf(pair.key) } };
      const name = field as keyof ProbeSpec;
      const value = (pair.value as { value?: unknown } | null)?.value;
      if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, error: { key: 'health.error.integer', vars: { probe: key, field }, line: lineOf(pair.value ?? pair.key) } };
      if (value < FIELD_MINIMUMS[name]) return { ok: false, error: { key: 'health.error.minimum', vars: { probe: key, field, min: FIELD_MINIMUMS[name] }, line: lineOf(pair.value) } };
      spec[name] = value;
    }
    if (handlers !== 1) return { ok: false, error: { key: 'health.error.handler', vars: { probe: key }, line: lineOf(node) } };
    if (kind !== 'readiness' && spec.successThreshold !== undefined && spec.successThreshold !== 1) {
      return { ok: false, error: { key: 'health.error.successThreshold', vars: { probe: key }, line: lineOf(node) } };
    }
    probes[key] = spec;
  }
  return { ok: true, probes };
}
