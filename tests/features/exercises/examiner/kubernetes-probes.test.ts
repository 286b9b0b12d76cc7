// Examiner answers (written from the exercise text only): realistic right and wrong learner answers.
import { describe } from 'vitest';
import { answerTable } from '../grading.ts';

/** The starter Deployment with `probes` (indented for container keys, 10 spaces) in place of its liveness probe. */
const deployment = (probes: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
spec:
  replicas: 3
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
${probes}`;

const liveness = `          livenessProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 10
            timeoutSeconds: 2
`;
const readiness = `          readinessProbe:
            httpGet:
              path: /ready
              port: http
            periodSeconds: 5
            timeoutSeconds: 2
`;
const startup = `          startupProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 5
            timeoutSeconds: 2
            failureThreshold: 12
`;

describe('examiner: kubernetes-probes', () => {
  answerTable('kubernetes-probes', {
    accepted: [
      ['the three hinted probes', deployment(startup + liveness + readiness)],
      ['port numbers, tcpSocket liveness, 10 s × 6 startup', deployment(`          startupProbe:
            httpGet:
              path: /health
              port: 8080
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 6
          livenessProbe:
            tcpSocket:
              port: 8080
            periodSeconds: 15
            timeoutSeconds: 5
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
            periodSeconds: 5
            timeoutSeconds: 1
`)],
      ['defaults everywhere except the startup failureThreshold', deployment(`          startupProbe:
            httpGet:
              path: /health
              port: http
            failureThreshold: 30
          livenessProbe:
            httpGet:
              path: /health
              port: http
          readinessProbe:
            httpGet:
              path: /ready
              port: http
`)],
      ['startup probe with an initial delay, liveness delay of 10 s', deployment(`          startupProbe:
            httpGet:
              path: /health
              port: http
            initialDelaySeconds: 30
            periodSeconds: 5
            timeoutSeconds: 2
            failureThreshold: 3
          livenessProbe:
            httpGet:
              path: /health
              port: http
            initialDelaySeconds: 10
            periodSeconds: 10
            timeoutSeconds: 2
${readiness}`)],
      ['flow-style mappings, as in the hint', deployment(`          startupProbe: { httpGet: { path: /health, port: http }, periodSeconds: 5, failureThreshold: 12 }
          livenessProbe: { httpGet: { path: /health, port: http }, periodSeconds: 10, timeoutSeconds: 2 }
          readinessProbe: { httpGet: { path: /ready, port: http }, periodSeconds: 5, timeoutSeconds: 2 }
`)],
      ['a Service document before the Deployment', `apiVersion: v1
kind: Service
metadata:
  name: catalog
spec:
  selector:
    app: catalog
  ports:
    - port: 80
      targetPort: http
---
${deployment(startup + liveness + readiness)}`],
      ['a bare Pod', `apiVersion: v1
kind: Pod
metadata:
  name: catalog
spec:
  containers:
    - name: catalog
      image: registry.example.com/catalog:2.4.1
      ports:
        - name: http
          containerPort: 8080
      startupProbe:
        httpGet: { path: /health, port: 8080 }
        periodSeconds: 4
        failureThreshold: 15
      livenessProbe:
        httpGet: { path: /health, port: 8080 }
        periodSeconds: 10
        timeoutSeconds: 2
      readinessProbe:
        httpGet: { path: /ready, port: 8080 }
        periodSeconds: 5
        timeoutSeconds: 2
`],
      ['readiness on /health ("ideally" its own endpoint)', deployment(startup + liveness + `          readinessProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 5
            timeoutSeconds: 2
`)],
    ],
    rejected: [
      ['startup probe allowing only 30 s', deployment(`          startupProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 10
            timeoutSeconds: 2
            failureThreshold: 3
${liveness}${readiness}`), ['startup-probe-covers-start']],
      ['failureThreshold 0 (defaults to 3: 15 s)', deployment(`          startupProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 5
            timeoutSeconds: 2
            failureThreshold: 0
${liveness}${readiness}`), ['startup-probe-covers-start']],
      ['no startup probe, liveness delayed 45 s instead', deployment(`          livenessProbe:
            httpGet:
              path: /health
              port: http
            initialDelaySeconds: 45
            periodSeconds: 10
            timeoutSeconds: 2
${readiness}`), ['startup-probe-covers-start']],
      ['liveness asks /ready', deployment(startup + `          livenessProbe:
            httpGet:
              path: /ready
              port: http
            periodSeconds: 10
            timeoutSeconds: 2
` + readiness), ['liveness-after-startup']],
      ['liveness keeps a 60 s initial delay next to the startup probe', deployment(startup + `          livenessProbe:
            httpGet:
              path: /health
              port: http
            initialDelaySeconds: 60
            periodSeconds: 10
            timeoutSeconds: 2
` + readiness), ['liveness-after-startup']],
      ['readiness timeout equal to its period', deployment(startup + liveness + `          readinessProbe:
            httpGet:
              path: /ready
              port: http
            periodSeconds: 5
            timeoutSeconds: 5
`), ['timeouts-below-periods']],
      ['timeout 10 with the period left at its default of 10', deployment(startup + `          livenessProbe:
            httpGet:
              path: /health
              port: http
            timeoutSeconds: 10
` + readiness), ['timeouts-below-periods']],
      ['readiness on the wrong port', deployment(startup + liveness + `          readinessProbe:
            httpGet:
              path: /ready
              port: 8081
            periodSeconds: 5
            timeoutSeconds: 2
`), ['valid-handlers']],
      ['a named port the container does not declare', deployment(startup + liveness + `          readinessProbe:
            httpGet:
              path: /ready
              port: web
            periodSeconds: 5
            timeoutSeconds: 2
`), ['valid-handlers']],
      ['two handlers in one probe', deployment(startup + `          livenessProbe:
            httpGet:
              path: /health
              port: http
            tcpSocket:
              port: 8080
            periodSeconds: 10
            timeoutSeconds: 2
` + readiness), ['valid-handlers']],
      ['HTTPS scheme against a plain HTTP port', deployment(startup + liveness + `          readinessProbe:
            httpGet:
              path: /ready
              port: http
              scheme: HTTPS
            periodSeconds: 5
            timeoutSeconds: 2
`), ['valid-handlers']],
      ['liveness successThreshold 2 (must be 1)', deployment(startup + `          livenessProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 10
            timeoutSeconds: 2
            successThreshold: 2
` + readiness), ['valid-handlers']],
      ['no readiness probe', deployment(startup + liveness), ['readiness-probe']],
    ],
  });
});
