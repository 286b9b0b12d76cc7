import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, grade, type AnswerTable } from './grading.ts';

const ID = 'kubernetes-probes';
const indent = (text: string, spaces: number) => text.trim().split('\n').map((line) => ' '.repeat(spaces) + line).join('\n');
const deployment = (probes: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
spec:
  selector:
    matchLabels:
      app: catalog
  template:
    metadata:
      labels:
        app: catalog
    spec:
      containers:
        - name: catalog
          image: registry.example.com/catalog:2.4.1
          ports:
            - name: http
              containerPort: 8080
${indent(probes, 10)}
`;
const STARTUP = 'startupProbe:\n  httpGet: { path: /health, port: http }\n  periodSeconds: 5\n  failureThreshold: 12';
const LIVENESS = 'livenessProbe:\n  httpGet: { path: /health, port: 8080 }\n  periodSeconds: 10\n  timeoutSeconds: 2';
const READINESS = 'readinessProbe:\n  httpGet: { path: /ready, port: 8080 }\n  periodSeconds: 5\n  timeoutSeconds: 2';

const probes = (...list: string[]) => deployment(list.join('\n'));

const VARIANTS: AnswerTable = {
  accepted: [
    ['a StatefulSet with the port as a quoted number', deployment([STARTUP, LIVENESS.replace('port: 8080', 'port: "8080"'), READINESS].join('\n')).replace('kind: Deployment', 'kind: StatefulSet').replace('spec:\n  selector', 'spec:\n  serviceName: catalog\n  selector')],
    ['a startup window of exactly 40 s with an initial delay', probes('startupProbe:\n  httpGet: { path: /health, port: 8080 }\n  initialDelaySeconds: 10\n  periodSeconds: 5\n  failureThreshold: 6\n  timeoutSeconds: 2', LIVENESS, READINESS)],
    ['a log-shipping sidecar listed before the app container', deployment([STARTUP, LIVENESS, READINESS].join('\n')).replace('      containers:\n', '      containers:\n        - name: log-shipper\n          image: fluent/fluent-bit:3.1\n')],
    ['JSON-style flow mappings and a liveness delay of 10 s', probes('startupProbe: {httpGet: {path: /health, port: http}, periodSeconds: 10, failureThreshold: 6, timeoutSeconds: 3}', 'livenessProbe: {httpGet: {path: /health, port: http}, initialDelaySeconds: 10, periodSeconds: 15, timeoutSeconds: 3}', 'readinessProbe: {httpGet: {path: /ready, port: http}, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 2}')],
    ['tcpSocket for startup, httpGet for the others, in a List', `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: { name: catalog }\n    spec:\n      containers:\n        - name: catalog\n          image: registry.example.com/catalog:2.4.1\n          startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 2, failureThreshold: 30 }\n          livenessProbe: { httpGet: { path: /health, port: 8080 }, periodSeconds: 10, timeoutSeconds: 2 }\n          readinessProbe: { httpGet: { path: /ready, port: 8080 }, periodSeconds: 5, timeoutSeconds: 2 }\n`],
  ],
  rejected: [
    ['failureThreshold: 0, which Kubernetes replaces with 3', probes('startupProbe:\n  httpGet: { path: /health, port: http }\n  periodSeconds: 10\n  failureThreshold: 0', LIVENESS, READINESS), ['startup-probe-covers-start']],
    ['the default failureThreshold (3 × 10 s)', probes('startupProbe:\n  httpGet: { path: /health, port: http }\n  periodSeconds: 10', LIVENESS, READINESS), ['startup-probe-covers-start']],
    ['periodSeconds: 1 with the default timeout of 1 s', probes(STARTUP, LIVENESS, 'readinessProbe:\n  httpGet: { path: /ready, port: 8080 }\n  periodSeconds: 1'), ['timeouts-below-periods']],
    ['a probe on a port the app does not listen on', probes(STARTUP, LIVENESS.replace('port: 8080', 'port: 80'), READINESS), ['valid-handlers']],
    ['an httpGet without a path (it asks for /, which the app does not answer)', probes(STARTUP, 'livenessProbe:\n  httpGet: { port: 8080 }\n  periodSeconds: 10\n  timeoutSeconds: 2', READINESS), ['valid-handlers']],
    ['numbers written as strings', probes(STARTUP, 'livenessProbe:\n  httpGet: { path: /health, port: 8080 }\n  periodSeconds: "10"\n  timeoutSeconds: 2', READINESS), ['valid-handlers']],
    ['liveness on /ready, which restarts every pod when the database is down', probes(STARTUP, LIVENESS.replace('/health', '/ready'), READINESS), ['liveness-after-startup']],
    ['a liveness delay of 11 s next to a startup probe', probes(STARTUP, `${LIVENESS}\n  initialDelaySeconds: 11`, READINESS), ['liveness-after-startup']],
    ['no startup probe, a long liveness delay instead', probes(`${LIVENESS}\n  initialDelaySeconds: 45`, READINESS), ['startup-probe-covers-start']],
    ['the probes on the sidecar, not on the app container', deployment('').replace('      containers:\n', `      containers:\n        - name: log-shipper\n          image: fluent/fluent-bit:3.1\n${indent([STARTUP, LIVENESS, READINESS].join('\n'), 10)}\n`), ['startup-probe-covers-start', 'liveness-after-startup', 'readiness-probe', 'valid-handlers']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['every probe on the named port, readiness with a zero delay', probes(STARTUP, 'livenessProbe:\n  httpGet: { path: /health, port: http }\n  periodSeconds: 10\n  timeoutSeconds: 2', 'readinessProbe:\n  httpGet: { path: /ready, port: http }\n  initialDelaySeconds: 0\n  periodSeconds: 5\n  timeoutSeconds: 2')],
    ['an exec startup probe', probes('startupProbe:\n  exec:\n    command: ["/bin/catalog", "healthcheck"]\n  periodSeconds: 5\n  timeoutSeconds: 3\n  failureThreshold: 10', LIVENESS, READINESS)],
    ['30 failures every 2 s', probes('startupProbe:\n  httpGet: { path: /health, port: 8080 }\n  periodSeconds: 2\n  timeoutSeconds: 1\n  failureThreshold: 30', LIVENESS, READINESS)],
    ['a bare Pod with a named port', `apiVersion: v1\nkind: Pod\nmetadata:\n  name: catalog\nspec:\n  containers:\n    - name: catalog\n      image: registry.example.com/catalog:2.4.1\n      ports:\n        - name: web\n          containerPort: 8080\n${indent(['startupProbe:\n  httpGet: { path: /health, port: web }\n  periodSeconds: 5\n  failureThreshold: 12', 'livenessProbe:\n  httpGet: { path: /health, port: web }\n  periodSeconds: 10\n  timeoutSeconds: 2', 'readinessProbe:\n  httpGet: { path: /ready, port: web }\n  periodSeconds: 5\n  timeoutSeconds: 2'].join('\n'), 6)}\n`],
  ],
  rejected: [
    ['a 35 s startup window', probes('startupProbe:\n  httpGet: { path: /health, port: 8080 }\n  initialDelaySeconds: 5\n  periodSeconds: 10\n  failureThreshold: 3', LIVENESS, READINESS), ['startup-probe-covers-start']],
    ['HTTPS against an HTTP app', probes(STARTUP, LIVENESS, 'readinessProbe:\n  httpGet: { path: /ready, port: 8080, scheme: HTTPS }\n  periodSeconds: 5\n  timeoutSeconds: 2'), ['valid-handlers']],
    ['a timeout of 10 s with the default period of 10 s', probes(STARTUP, 'livenessProbe:\n  httpGet: { path: /health, port: 8080 }\n  timeoutSeconds: 10', READINESS), ['timeouts-below-periods']],
    ['two handlers on the readiness probe', probes(STARTUP, LIVENESS, 'readinessProbe:\n  httpGet: { path: /ready, port: 8080 }\n  tcpSocket: { port: http }\n  periodSeconds: 5\n  timeoutSeconds: 2'), ['valid-handlers']],
    ['successThreshold 2 on liveness', probes(STARTUP, `${LIVENESS}\n  successThreshold: 2`, READINESS), ['valid-handlers']],
  ],
};

describe('kubernetes-probes', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter', () => {
    expectRejected(ID, definition(ID).starter, ['startup-probe-covers-start', 'liveness-after-startup', 'readiness-probe', 'timeouts-below-periods']);
  });

  it.each([
    ['the three probes in another order', deployment([READINESS, LIVENESS, STARTUP].join('\n'))],
    ['a bare Pod with tcpSocket, exec and grpc handlers', `apiVersion: v1
kind: Pod
metadata:
  name: catalog
spec:
  containers:
    - name: catalog
      image: registry.example.com/catalog:2.4.1
      startupProbe:
        tcpSocket:
          port: 8080
        initialDelaySeconds: 10
        periodSeconds: 10
        failureThreshold: 3
      livenessProbe:
        grpc:
          port: 9090
        initialDelaySeconds: 5
      readinessProbe:
        exec:
          command: ["/bin/catalog", "ready"]
`],
    ['readiness on the same endpoint, in a List after a Service', `apiVersion: v1
kind: Service
metadata:
  name: catalog
spec:
  ports: [{ port: 80, targetPort: http }]
---
${deployment([STARTUP, LIVENESS, READINESS.replace('/ready', '/health')].join('\n'))}`],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects a startup probe that gives up after 30 s', () => {
    const result = expectRejected(ID, deployment([STARTUP.replace('12', '6'), LIVENESS, READINESS].join('\n')), ['startup-probe-covers-start']);
    expect(result.requirements.find((r) => r.id === 'startup-probe-covers-start')?.message).toContain('30 s');
  });

  it('rejects a long liveness delay next to a startup probe', () => {
    expectRejected(ID, deployment([STARTUP, `${LIVENESS}\n  initialDelaySeconds: 60`, READINESS].join('\n')), ['liveness-after-startup']);
  });

  it('rejects a missing readiness probe', () => {
    expectRejected(ID, deployment([STARTUP, LIVENESS].join('\n')), ['readiness-probe']);
  });

  it('rejects a timeout longer than the period (defaults count)', () => {
    expectRejected(ID, deployment([STARTUP, LIVENESS, 'readinessProbe:\n  httpGet: { path: /ready, port: 8080 }\n  timeoutSeconds: 15'].join('\n')), ['timeouts-below-periods']);
  });

  it('rejects invalid handlers', () => {
    expectRejected(ID, deployment([STARTUP, LIVENESS, 'readinessProbe:\n  httpGet: { path: ready, port: 8080 }'].join('\n')), ['valid-handlers']);
    expectRejected(ID, deployment([STARTUP.replace('port: http', 'port: web'), LIVENESS, READINESS].join('\n')), ['valid-handlers']);
    expectRejected(ID, deployment([STARTUP, `${LIVENESS}\n  tcpSocket: { port: 8080 }`, READINESS].join('\n')), ['valid-handlers']);
  });

  it('fails every requirement with a reason on broken YAML, without throwing', () => {
    const result = grade(ID, 'spec:\n  containers: [\n', 'pt-BR');
    expect(result.score).toBe(0);
    for (const requirement of result.requirements) expect(requirement.message).toMatch(/^O YAML não é válido/);
  });

  it('fails on YAML that is not a workload', () => {
    const result = grade(ID, 'just: a map\n');
    expect(result.requirements.every((r) => !r.passed && r.message.includes('No Pod'))).toBe(true);
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});
