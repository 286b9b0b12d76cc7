// The lab's starter server. The switches at the top are what the simulated server reads when the real runtime
// cannot start, so keep them as plain `const NAME = value;` lines.
export const LAB_STARTER = `// A tiny HTTP service with the two endpoints the probes call.
const http = require('node:http');

// Switches (the simulated server reads these lines too):
const STARTUP_DELAY_MS = 8000;  // time before the server listens
const DEADLOCK_AFTER_MS = 0;    // 0 = never; else it stops answering after this long
const FAIL_HEALTH = false;      // true: /health answers 500
const FAIL_READY = false;       // true: /ready answers 503

const startedAt = Date.now();
const hung = () => DEADLOCK_AFTER_MS > 0 && Date.now() - startedAt >= DEADLOCK_AFTER_MS;

const server = http.createServer((req, res) => {
  if (hung()) return; // never answers: the probe times out
  if (req.url === '/health') {
    res.writeHead(FAIL_HEALTH ? 500 : 200).end(FAIL_HEALTH ? 'broken' : 'ok');
  } else if (req.url === '/ready') {
    res.writeHead(FAIL_READY ? 503 : 200).end(FAIL_READY ? 'not ready' : 'ready');
  } else {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
  }
});

setTimeout(() => {
  server.listen(3000, () => console.log('listening on :3000'));
}, STARTUP_DELAY_MS);
`;

export const LAB_FLAGS = { interval: '5s', timeout: '2s', startPeriod: '15s', startInterval: '1s', retries: '3' };

export const LAB_YAML = `livenessProbe:
  httpGet: { path: /health, port: 3000 }
  initialDelaySeconds: 10
  periodSeconds: 5
  failureThreshold: 3
readinessProbe:
  httpGet: { path: /ready, port: 3000 }
  periodSeconds: 3
`;

export const LAB_LIMIT_SECONDS = 120;
export const LAB_EDITOR_ID = 'health-lab';
