// The real runtime: StackBlitz WebContainers. Loaded only after the learner clicks "Start the lab".
import type { WebContainer, WebContainerProcess } from '@webcontainer/api';
import type { Endpoint } from '../health/model/app.ts';
import type { ProbeOutcome } from '../health/model/probe-outcome.ts';
import type { LabServer } from './model/live-run.ts';

export type BootFailure = 'offline' | 'isolation' | 'unsupported' | 'timeout' | 'failed';
export type BootResult = { ok: true; container: WebContainer } | { ok: false; reason: BootFailure };

let booted: Promise<BootResult> | undefined;

/** Boots once per page; without internet boot() never settles, hence the timeout. */
export function bootRuntime(timeoutMs: number): Promise<BootResult> {
  booted ??= (async (): Promise<BootResult> => {
    if (!navigator.onLine) return { ok: false, reason: 'offline' };
    if (!globalThis.crossOriginIsolated) return { ok: false, reason: 'isolation' };
    if (typeof SharedArrayBuffer === 'undefined') return { ok: false, reason: 'unsupported' };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<BootResult>((resolve) => (timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), timeoutMs)));
    const boot = import('@webcontainer/api')
      .then(({ WebContainer }) => WebContainer.boot({ coep: 'credentialless' }))
      .then((container): BootResult => ({ ok: true, container }), (): BootResult => ({ ok: false, reason: 'failed' }));
    const result = await Promise.race([boot, timeout]);
    clearTimeout(timer);
    // A boot that finishes after we gave up is torn down rather than left running unseen.
    if (!result.ok) void boot.then((late) => late.ok && late.container.teardown());
    return result;
  })();
  return booted;
}

// Runs inside the container, like Docker's exec health check: one line in ("<id> <path> <timeoutMs>"), one line out.
const PROBE_AGENT = `const http = require('node:http');
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  const [id, path, timeoutMs] = line.trim().split(' ');
  if (!id || !path) return;
  const started = Date.now();
  let reported = false;
  const report = (result) => { if (reported) return; reported = true; console.log('@@probe ' + id + ' ' + result + ' ' + (Date.now() - started)); };
  const req = http.get({ host: '127.0.0.1', port: 3000, path, timeout: Number(timeoutMs) }, (res) => {
    res.resume();
    report(res.statusCode >= 200 && res.statusCode < 400 ? 'ok' : 'fail');
  });
  req.on('timeout', () => { report('timeout'); req.destroy(); });
  req.on('error', () => report('fail'));
});
`;

export class WebContainerServer implements LabServer {
  private server: WebContainerProcess | null = null;
  private agent: WebContainerProcess | null = null;
  private agentInput: WritableStreamDefaultWriter<string> | null = null;
  private readonly waiting = new Map<string, (outcome: ProbeOutcome) => void>();
  private nextId = 1;
  private readonly container: WebContainer;
  private readonly code: string;
  private readonly log: (line: string) => void;

  constructor(container: WebContainer, code: string, log: (line: string) => void) {
    this.container = container;
    this.code = code;
    this.log = log;
  }

  async start(): Promise<void> {
    await this.container.mount({ 'server.js': { file: { contents: this.code } }, 'probe-agent.js': { file: { contents: PROBE_AGENT } } });
    if (!this.agent) await this.startAgent();
    this.server = await this.container.spawn('node', ['server.js']);
    void this.server.output.pipeTo(new WritableStream({ write: (chunk) => this.log(chunk) }));
  }

  stop(): void {
    this.server?.kill();
    this.server = null;
  }

  async dispose(): Promise<void> {
    this.stop();
    this.agent?.kill();
    this.agent = null;
  }

  private async startAgent(): Promise<void> {
    this.agent = await this.container.spawn('node', ['probe-agent.js']);
    this.agentInput = this.agent.input.getWriter();
    let buffer = '';
    void this.agent.output.pipeTo(new WritableStream({
      write: (chunk) => {
        buffer += chunk;
        const lines = buffer.split(/\r?\n/);
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const match = /@@probe (\d+) (ok|fail|timeout) (\d+)/.exec(line);
          if (!match) continue;
          const resolve = this.waiting.get(match[1]);
          this.waiting.delete(match[1]);
          resolve?.(match[2] === 'timeout' ? { ok: false, durationSeconds: Infinity } : { ok: match[2] === 'ok', durationSeconds: Number(match[3]) / 1000 });
        }
      },
    }));
  }

  probe(endpoint: Endpoint, timeoutSeconds: number): Promise<ProbeOutcome> {
    const id = String(this.nextId++);
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      // If the agent itself is stuck, give up a little after the probe's own timeout.
      setTimeout(() => {
        if (this.waiting.delete(id)) resolve({ ok: false, durationSeconds: Infinity });
      }, timeoutSeconds * 1000 + 1500);
      void this.agentInput?.write(`${id} ${endpoint} ${Math.round(timeoutSeconds * 1000)}\n`);
    });
  }
}
