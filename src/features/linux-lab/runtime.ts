// The Linux lab after "Start lab": downloads the machine (./machine-files.ts), restores v86 from the snapshot and
// wires it to the serial console (./serial-console.ts), the terminal (./terminal.ts) and the step checks (./steps.ts).
// One machine per page: starting a lab stops the one already running.
import wasmUrl from 'v86/build/v86.wasm?url';
import yieldWorkerUrl from './yield-worker.ts?worker&url';
import type { V86 } from 'v86';
import { loadFiles, type Files } from './machine-files.ts';
import { part } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import type { LabData } from './steps-view.ts';
import { megabytes } from './view.ts';
import { SerialConsole } from './serial-console.ts';
import { LabSteps } from './steps.ts';
import { openTerminal, type LabTerminal } from './terminal.ts';
import { scrollWindowToShow } from './in-view.ts';
import { holdOfflineSaving } from '../offline/client/hold.ts';

/** How long after the first prompt the container labs' userland starts to download (see prefetchUserland). */
const PREFETCH_DELAY_MS = 3000;
/** How long saving the course for offline use waits when a lab starts: the download, the restore, a first command. */
const HOLD_OFFLINE_SAVING_MS = 8000;

let active: Session | undefined;
const sessions = new WeakMap<HTMLElement, Session>();

function setStatus(root: HTMLElement, text: string): void {
  part(root, '.linux-lab-status').textContent = text;
}
function setProblem(root: HTMLElement, text: string): void {
  part(root, '.linux-lab-problem').textContent = text;
}

/** No emulator: say why, and open the recorded walkthrough. */
function fallback(root: HTMLElement, message: string): void {
  delete root.dataset.state;
  root.dataset.fallback = '';
  part<HTMLElement>(root, '.linux-lab-progress').hidden = true;
  setStatus(root, '');
  setProblem(root, message);
  part<HTMLDetailsElement>(root, '.linux-lab-recorded').open = true;
}

export async function act(root: HTMLElement, data: LabData, t: Translate, action: string, stepId?: string): Promise<void> {
  const session = sessions.get(root);
  if (action === 'start') return start(root, data, t);
  if (!session) return;
  if (action === 'reset') return session.reset();
  if (action === 'stop') return session.stop('stopped');
  if (action === 'check' && stepId) return session.check(stepId);
}

export function typeCommand(root: HTMLElement, command: string): void {
  sessions.get(root)?.type(command);
}

async function start(root: HTMLElement, data: LabData, t: Translate): Promise<void> {
  if (root.dataset.state === 'loading' || root.dataset.state === 'running') return;
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return fallback(root, t('linuxLab.noWasm'));
  performance.mark('linux-lab:click');
  holdOfflineSaving(HOLD_OFFLINE_SAVING_MS);
  if (active) await active.stop('stoppedByOther');
  root.dataset.state = 'loading';
  delete root.dataset.fallback;
  setProblem(root, '');
  setStatus(root, t('linuxLab.loading'));
  const bar = part<HTMLElement>(root, '.linux-lab-progress');
  const meter = part<HTMLProgressElement>(bar, 'progress');
  bar.hidden = false;
  try {
    const [{ V86: Emulator }, loaded] = await Promise.all([
      import('v86/build/libv86.mjs'),
      loadFiles(data, (received, total) => {
        meter.max = total;
        meter.value = received;
        setStatus(root, t('linuxLab.downloading', { received: megabytes(received, data.lang), total: megabytes(total, data.lang) }));
      }),
    ]);
    performance.mark('linux-lab:downloaded');
    meter.removeAttribute('value'); // indeterminate while restoring
    setStatus(root, t('linuxLab.restoring'));
    const session = new Session(root, data, t, loaded, Emulator);
    sessions.set(root, session);
    active = session;
    await session.boot();
  } catch (error) {
    fallback(root, t('linuxLab.failed', { reason: error instanceof Error ? error.message : String(error) }));
  }
}

/**
 * While v86 starts, `new Worker(blob:…)` (its scheduling worker, the only worker it makes for a restore) gets our
 * same-origin copy of that worker instead, so the page's CSP can stay at worker-src 'self'. Returns the undo.
 */
function sameOriginYieldWorker(): () => void {
  const Original = globalThis.Worker;
  if (typeof Original !== 'function') return () => undefined;
  globalThis.Worker = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof Worker>) {
      const url = String(args[0]);
      return url.startsWith('blob:') ? new target(yieldWorkerUrl, { type: 'module' }) : new target(...args);
    },
  });
  return () => (globalThis.Worker = Original);
}

class Session {
  private emulator: V86 | undefined;
  private terminal: LabTerminal | undefined;
  private readonly console: SerialConsole;
  private readonly steps: LabSteps;
  private readonly timeoutMs: number;
  private shellSize = '';
  private stopped = false;
  private prefetched = false;
  /** The next first prompt follows a Reset: the status says so instead of "ready". */
  private afterReset = false;

  private readonly root: HTMLElement;
  private readonly data: LabData;
  private readonly t: Translate;
  private readonly files: Files;
  private readonly Emulator: typeof V86;

  constructor(root: HTMLElement, data: LabData, t: Translate, files: Files, Emulator: typeof V86) {
    this.root = root;
    this.data = data;
    this.t = t;
    this.files = files;
    this.Emulator = Emulator;
    this.timeoutMs = Number(root.dataset.promptTimeoutMs) || 20_000;
    this.steps = new LabSteps(root, data, t);
    this.console = new SerialConsole(
      { send: (text) => this.emulator?.serial0_send(text) },
      {
        write: (output) => (this.terminal ? (this.terminal.term.write(output), true) : false),
        firstPrompt: () => this.ready(),
        commands: (finished) => this.steps.add(finished),
        hung: (timeoutMs) => this.hung(timeoutMs),
      },
      this.timeoutMs,
    );
  }

  async boot(): Promise<void> {
    const emulator = await this.startEmulator();
    if (this.stopped) return;
    performance.mark('linux-lab:restored');
    this.root.dataset.state = 'running';
    part<HTMLElement>(this.root, '.linux-lab-progress').hidden = true;
    const host = part<HTMLElement>(this.root, '.linux-lab-terminal');
    this.terminal = openTerminal(host, (text) => this.onKeys(text), () => this.resize());
    const memory = (emulator as unknown as { v86?: { cpu?: { wasm_memory?: WebAssembly.Memory } } }).v86?.cpu?.wasm_memory;
    if (memory) this.root.dataset.wasmMemoryBytes = String(memory.buffer.byteLength);
    this.console.waitForFirstPrompt(this.sizeCommand());
  }

  /** A new emulator restored from the snapshot, its serial port wired to the console; resolves once it runs. */
  private async startEmulator(): Promise<V86> {
    const restoreWorker = sameOriginYieldWorker();
    try {
      const emulator = this.createEmulator();
      this.emulator = emulator;
      emulator.add_listener('serial0-output-byte', (byte: number) => this.emulator === emulator && this.console.receive(byte));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`v86 did not load within ${this.timeoutMs / 1000} s`)), this.timeoutMs);
        emulator.add_listener('emulator-loaded', () => (clearTimeout(timer), resolve()));
      });
      return emulator;
    } finally {
      restoreWorker();
    }
  }

  /**
   * `stty` with the terminal's size, remembered as the shell's, for the nudge that brings the first prompt: the
   * size is set before the learner can type, instead of as a hidden command their first keys would wait behind.
   */
  private sizeCommand(): string {
    this.shellSize = '';
    if (!this.terminal || !this.terminal.fit()) return '';
    const { cols, rows } = this.terminal.term;
    this.shellSize = `${cols}x${rows}`;
    return `stty cols ${cols} rows ${rows}`;
  }

  private createEmulator(): V86 {
    const { assets } = this.data;
    return new this.Emulator({
      wasm_path: wasmUrl,
      memory_size: assets.memoryBytes,
      vga_memory_size: 2 * 1024 * 1024,
      bios: { buffer: this.files.bios.slice(0) },
      vga_bios: { buffer: this.files.vgaBios.slice(0) },
      initial_state: { buffer: this.files.state.slice(0) },
      autostart: true,
      disable_keyboard: true,
      disable_mouse: true,
      disable_speaker: true,
      // The container labs' userland: v86 fetches each file from baseurl/<sha256> when the guest first reads it.
      filesystem: { baseurl: assets.userland.baseurl },
    } as ConstructorParameters<typeof V86>[0]);
  }

  /**
   * After the first prompt, fetch the 9p files (ip, nft, crun, glibc…) into v86's file cache one by one, so the first
   * `ip` or `crun` the learner types does not wait for the network; they are not in the snapshot, so they cost nothing
   * before the prompt. A file the guest reads first is fetched by v86 itself.
   */
  private async prefetchUserland(): Promise<void> {
    const fs = (this.emulator as unknown as { fs9p?: { read_file(path: string): Promise<Uint8Array | null> } } | undefined)?.fs9p;
    if (!fs) return;
    for (const { path } of this.data.assets.userland.files) {
      if (this.stopped) return;
      await fs.read_file(path).catch(() => null);
    }
    if (!this.stopped) this.root.dataset.userlandLoaded = '';
  }

  /** Tells the shell the terminal's size (so lines wrap where the learner sees them wrap). */
  private resize(): void {
    if (!this.terminal || this.stopped || !this.terminal.fit()) return;
    const { cols, rows } = this.terminal.term;
    const size = `${cols}x${rows}`;
    if (size === this.shellSize || !this.console.promptSeen) return;
    this.shellSize = size;
    this.console.runHidden(`stty cols ${cols} rows ${rows}`, 'stty cols').catch(() => undefined);
  }

  private hung(timeoutMs: number): void {
    this.root.dataset.state = 'hung';
    setStatus(this.root, '');
    setProblem(this.root, this.t('linuxLab.hung', { seconds: Math.round(timeoutMs / 1000) }));
  }

  private ready(): void {
    performance.mark('linux-lab:first-prompt');
    setProblem(this.root, '');
    setStatus(this.root, this.t(this.afterReset ? 'linuxLab.resetDone' : 'linuxLab.ready'));
    this.afterReset = false;
    this.root.dataset.state = 'running';
    this.resize();
    this.terminal?.term.focus();
    scrollWindowToShow(part(this.root, '.linux-lab-terminal'));
    if (!this.prefetched) {
      this.prefetched = true;
      // Not at once: the learner's first command, often typed straight away, gets the machine to itself.
      setTimeout(() => void this.prefetchUserland(), PREFETCH_DELAY_MS);
    }
  }

  private onKeys(text: string): void {
    if (this.stopped || !this.emulator) return;
    this.console.type(text);
  }

  type(command: string): void {
    if (!this.terminal || this.stopped) return;
    this.terminal.term.paste(command);
    this.terminal.term.focus();
  }

  check(stepId: string): Promise<void> {
    return this.steps.check(stepId, this.console);
  }

  /**
   * A clean machine: a new emulator from the snapshot. (v86's own stop → restore_state → run on the running one
   * leaves a guest that never answers again: the shell does not even print its prompt.)
   */
  async reset(): Promise<void> {
    if (!this.emulator || this.stopped) return;
    this.console.abort('reset');
    setProblem(this.root, '');
    setStatus(this.root, this.t('linuxLab.restoring'));
    const old = this.emulator;
    this.emulator = undefined;
    await old.destroy();
    try {
      await this.startEmulator();
    } catch (error) {
      setProblem(this.root, this.t('linuxLab.failed', { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    if (this.stopped) return;
    this.terminal?.term.reset();
    this.console.clear();
    this.steps.forgetCommands();
    this.root.dataset.state = 'running';
    // The new machine's 9p cache is empty: fetch the userland again after its first prompt (from the browser's cache).
    this.prefetched = false;
    delete this.root.dataset.userlandLoaded;
    this.afterReset = true;
    this.console.waitForFirstPrompt(this.sizeCommand());
  }

  async stop(reason: 'stopped' | 'stoppedByOther'): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.console.stop();
    this.terminal?.dispose();
    part(this.root, '.linux-lab-terminal').replaceChildren();
    const emulator = this.emulator;
    this.emulator = undefined;
    if (active === this) active = undefined;
    sessions.delete(this.root);
    delete this.root.dataset.state;
    delete this.root.dataset.wasmMemoryBytes;
    delete this.root.dataset.userlandLoaded;
    setProblem(this.root, '');
    setStatus(this.root, this.t(`linuxLab.${reason}`));
    await emulator?.destroy();
  }
}
