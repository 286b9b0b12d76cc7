import { describe, expect, it } from 'vitest';
import { definition, expectAccepted, expectRejected, grade } from './grading.ts';

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
});
