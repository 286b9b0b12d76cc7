// The Linux lab after "Start lab": v86 restored from the snapshot, xterm.js on the serial console, automatic
// step checks on what the learner types, and hidden check commands run only at an idle prompt.
// One machine per page: starting a lab stops the one already running. The downloaded files stay in memory
// for "Reset machine" and for the other labs on the page.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import wasmUrl from 'v86/build/v86.wasm?url';
import yieldWorkerUrl from './yield-worker.ts?worker&url';
import type { V86 } from 'v86';
import { pageProgressStore } from '../../progress/page-store.ts';
import { PROMPT_MARK, STEP_CHECKS, captureCommand, learnerCommands, parseCapture, type CommandResult, type LearnerCommand } from '../../labs/checks.ts';
import { say, showStepDone, type LabData } from './element.ts';

interface Files { state: ArrayBuffer; bios: ArrayBuffer; vgaBios: ArrayBuffer }
type Progress = (received: number, total: number) => void;

const HIDDEN_TIMEOUT_MS = 10_000;
const MAX_TRANSCRIPT = 256 * 1024;
const MAX_COMMANDS = 200;
/** xterm.js answering ash's cursor-position query (ESC [6n): not something the learner typed. */
const CURSOR_REPORT = /^\x1b\[\d+;\d+R$/;

let files: Promise<Files> | undefined;
let active: Session | undefined;
const sessions = new WeakMap<HTMLElement, Session>();

/** Fetches the snapshot and BIOS images once per page, reporting bytes received. */
function loadFiles(data: LabData, progress: Progress): Promise<Files> {
  files ??= (async () => {
    const { sizes } = data.assets;
    const total = sizes.state + sizes.bios + sizes.vgaBios;
    let received = 0;
    const fetchOne = async (url: string): Promise<ArrayBuffer> => {
      const response = await fetch(url);
      if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        progress(received, total);
      }
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const chunk of chunks) (bytes.set(chunk, at), (at += chunk.byteLength));
      return bytes.buffer;
    };
    const [bios, vgaBios, state] = await Promise.all([fetchOne(data.assets.bios), fetchOne(data.assets.vgaBios), fetchOne(data.assets.state)]);
    return { state, bios, vgaBios };
  })();
  files.catch(() => (files = undefined));
  return files;
}

function setStatus(root: HTMLElement, text: string): void {
  root.querySelector('.linux-lab-status')!.textContent = text;
}
function setProblem(root: HTMLElement, text: string): void {
  root.querySelector('.linux-lab-problem')!.textContent = text;
}

/** No emulator: say why, and open the recorded walkthrough. */
function fallback(root: HTMLElement, message: string): void {
  delete root.dataset.state;
  root.dataset.fallback = '';
  root.querySelector<HTMLElement>('.linux-lab-progress')!.hidden = true;
  setStatus(root, '');
  setProblem(root, message);
  root.querySelector<HTMLDetailsElement>('.linux-lab-recorded')!.open = true;
}

export async function act(root: HTMLElement, data: LabData, action: string, stepId?: string): Promise<void> {
  const session = sessions.get(root);
  if (action === 'start') return start(root, data);
  if (!session) return;
  if (action === 'reset') return session.reset();
  if (action === 'stop') return session.stop('stopped');
  if (action === 'check' && stepId) return session.check(stepId);
}

export function typeCommand(root: HTMLElement, command: string): void {
  sessions.get(root)?.type(command);
}

async function start(root: HTMLElement, data: LabData): Promise<void> {
  if (root.dataset.state === 'loading' || root.dataset.state === 'running') return;
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return fallback(root, say(data, 'noWasm'));
  performance.mark('linux-lab:click');
  if (active) await active.stop('stoppedByOther');
  root.dataset.state = 'loading';
  delete root.dataset.fallback;
  setProblem(root, '');
  setStatus(root, say(data, 'loading'));
  const bar = root.querySelector<HTMLElement>('.linux-lab-progress')!;
  const meter = bar.querySelector('progress')!;
  bar.hidden = false;
  const mb = (bytes: number) => new Intl.NumberFormat(data.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);
  try {
    const [{ V86: Emulator }, loaded] = await Promise.all([
      import('v86/build/libv86.mjs'),
      loadFiles(data, (received, total) => {
        meter.max = total;
        meter.value = received;
        setStatus(root, say(data, 'downloading', { received: mb(received), total: mb(total) }));
      }),
    ]);
    performance.mark('linux-lab:downloaded');
    meter.removeAttribute('value'); // indeterminate while restoring
    setStatus(root, say(data, 'restoring'));
    const session = new Session(root, data, loaded);
    sessions.set(root, session);
    active = session;
    await session.boot(Emulator);
  } catch (error) {
    fallback(root, say(data, 'failed', { reason: error instanceof Error ? error.message : String(error) }));
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
  private term: Terminal | undefined;
  private fit: FitAddon | undefined;
  private observer: ResizeObserver | undefined;
  private readonly labId: string;
  private readonly timeoutMs: number;
  private outgoing: number[] = [];
  private flushing = false;
  /** The learner's side of the console since the last prompt mark (it starts with one). */
  private transcript = '';
  private commands: LearnerCommand[] = [];
  /** A prompt is showing and nothing has been typed at it. */
  private idle = false;
  private promptSeen = false;
  private promptTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private hidden: { buffer: string; resolve: (r: CommandResult) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> } | undefined;
  private queue: Array<{ command: string; resolve: (r: CommandResult) => void; reject: (e: Error) => void }> = [];
  private typedDuringHidden = '';
  private shellSize = '';
  private done = new Set<string>();
  private stopped = false;

  private readonly root: HTMLElement;
  private readonly data: LabData;
  private readonly files: Files;

  constructor(root: HTMLElement, data: LabData, files: Files) {
    this.root = root;
    this.data = data;
    this.files = files;
    this.labId = root.dataset.labId!;
    this.timeoutMs = Number(root.dataset.promptTimeoutMs) || 20_000;
    for (const id of pageProgressStore().getLab(this.labId)?.stepsDone ?? []) this.done.add(id);
  }

  async boot(Emulator: typeof V86): Promise<void> {
    const { assets } = this.data;
    const restoreWorker = sameOriginYieldWorker();
    let emulator: V86;
    try {
      emulator = this.createEmulator(Emulator);
      this.emulator = emulator;
      emulator.add_listener('serial0-output-byte', (byte: number) => this.onByte(byte));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`v86 did not load within ${this.timeoutMs / 1000} s`)), this.timeoutMs);
        emulator.add_listener('emulator-loaded', () => (clearTimeout(timer), resolve()));
      });
    } finally {
      restoreWorker();
    }
    if (this.stopped) return;
    this.openTerminal();
    const memory = (emulator as unknown as { v86?: { cpu?: { wasm_memory?: WebAssembly.Memory } } }).v86?.cpu?.wasm_memory;
    if (memory) this.root.dataset.wasmMemoryBytes = String(memory.buffer.byteLength);
    this.waitForFirstPrompt();
  }

  private createEmulator(Emulator: typeof V86): V86 {
    const { assets } = this.data;
    return new Emulator({
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
    } as ConstructorParameters<typeof V86>[0]);
  }

  private openTerminal(): void {
    const host = this.root.querySelector<HTMLElement>('.linux-lab-terminal')!;
    host.replaceChildren();
    this.root.dataset.state = 'running';
    this.root.querySelector<HTMLElement>('.linux-lab-progress')!.hidden = true;
    const term = new Terminal({
      cursorBlink: true,
      fontSize: 14,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace',
      scrollback: 2000,
      theme: { background: '#111111', foreground: '#e8e8e8', cursor: '#e8e8e8', selectionBackground: '#5a6a9a' },
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host);
    term.textarea?.setAttribute('aria-label', host.getAttribute('aria-label') ?? 'terminal');
    // Ctrl+Shift+C copies the selection (and must not open the developer tools); Ctrl+Shift+V is left to the
    // browser's own paste, which xterm.js receives as a paste event.
    term.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown' || !event.ctrlKey || !event.shiftKey) return true;
      if (event.code === 'KeyC') {
        event.preventDefault();
        if (term.hasSelection()) void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
        return false;
      }
      return event.code !== 'KeyV';
    });
    term.onData((text) => this.onKeys(text));
    this.term = term;
    this.fit = fit;
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    this.observer = new ResizeObserver(() => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => this.resize(), 100);
    });
    this.observer.observe(host);
    this.resize();
  }

  private resize(): void {
    if (!this.term || !this.fit || this.stopped) return;
    try {
      this.fit.fit();
    } catch {
      return; // hidden (e.g. a slide not shown): try again on the next resize
    }
    const size = `${this.term.cols}x${this.term.rows}`;
    if (size === this.shellSize || !this.promptSeen) return;
    this.shellSize = size;
    // Replace a size change still waiting for a prompt.
    this.queue = this.queue.filter((item) => !item.command.startsWith('stty cols') || (item.resolve({ output: '', status: 0 }), false));
    this.runHidden(`stty cols ${this.term.cols} rows ${this.term.rows}`).catch(() => undefined);
  }

  private waitForFirstPrompt(): void {
    this.promptSeen = false;
    clearTimeout(this.promptTimer);
    this.promptTimer = setTimeout(() => this.hung(), this.timeoutMs);
    // After a restore the shell prints nothing until a key arrives.
    this.emulator!.serial0_send('\n');
  }

  private hung(): void {
    if (this.stopped) return;
    this.root.dataset.state = 'hung';
    setStatus(this.root, '');
    setProblem(this.root, say(this.data, 'hung', { seconds: Math.round((this.hidden ? HIDDEN_TIMEOUT_MS : this.timeoutMs) / 1000) }));
    if (this.hidden) {
      clearTimeout(this.hidden.timer);
      this.hidden.reject(new Error('no prompt'));
      this.hidden = undefined;
    }
    for (const item of this.queue.splice(0)) item.reject(new Error('no prompt'));
  }

  private onByte(byte: number): void {
    const char = String.fromCharCode(byte);
    if (this.hidden) {
      this.hidden.buffer += char;
      this.hiddenProgress();
      return;
    }
    this.outgoing.push(byte);
    if (!this.flushing) {
      this.flushing = true;
      setTimeout(() => this.flush(), 0);
    }
    this.transcript += char;
    if (this.transcript.length > MAX_TRANSCRIPT) this.transcript = this.transcript.slice(0, 4096) + this.transcript.slice(-65536);
    if (char === '\x07' && this.transcript.endsWith(PROMPT_MARK)) this.onPromptMark();
    else if (char === ' ' && this.awaitingPromptText && /[#$] $/.test(this.transcript)) this.onPromptShown();
  }

  private awaitingPromptText = false;

  private flush(): void {
    this.flushing = false;
    if (!this.term || this.outgoing.length === 0) return;
    this.term.write(new Uint8Array(this.outgoing));
    this.outgoing = [];
  }

  private onPromptMark(): void {
    if (!this.promptSeen) {
      this.promptSeen = true;
      clearTimeout(this.promptTimer);
      this.ready();
    }
    const finished = learnerCommands(this.transcript);
    this.transcript = PROMPT_MARK;
    if (finished.length > 0) {
      this.commands.push(...finished);
      if (this.commands.length > MAX_COMMANDS) this.commands.splice(0, this.commands.length - MAX_COMMANDS);
      this.autoCheck();
    }
    this.awaitingPromptText = true;
  }

  private onPromptShown(): void {
    this.awaitingPromptText = false;
    this.idle = true;
    this.scheduleQueue();
  }

  private ready(): void {
    performance.mark('linux-lab:first-prompt');
    setProblem(this.root, '');
    setStatus(this.root, say(this.data, 'ready'));
    this.root.dataset.state = 'running';
    this.resize();
    this.term?.focus();
  }

  private onKeys(text: string): void {
    if (this.stopped || !this.emulator) return;
    if (CURSOR_REPORT.test(text)) return this.emulator.serial0_send(text);
    if (this.hidden) {
      this.typedDuringHidden += text;
      return;
    }
    this.idle = false;
    this.emulator.serial0_send(text);
  }

  type(command: string): void {
    if (!this.term || this.stopped) return;
    this.term.paste(command);
    this.term.focus();
  }

  // ——— Hidden commands: typed by the lab at an idle prompt, output kept off the screen ———

  private runHidden(command: string): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ command, resolve, reject });
      this.scheduleQueue();
    });
  }

  private scheduleQueue(): void {
    clearTimeout(this.idleTimer);
    // A short pause lets the prompt finish (ash asks the terminal for the cursor position right after it).
    this.idleTimer = setTimeout(() => this.runQueue(), 80);
  }

  private runQueue(): void {
    if (!this.idle || this.hidden || this.stopped || this.queue.length === 0) return;
    const item = this.queue.shift()!;
    this.idle = false;
    this.flush();
    const timer = setTimeout(() => this.hung(), HIDDEN_TIMEOUT_MS);
    this.hidden = { buffer: '', resolve: item.resolve, reject: item.reject, timer };
    this.emulator!.serial0_send(captureCommand(item.command) + '\n');
  }

  private hiddenProgress(): void {
    const hidden = this.hidden!;
    const result = parseCapture(hidden.buffer);
    if (!result) return;
    const at = hidden.buffer.lastIndexOf(PROMPT_MARK);
    const prompt = at < 0 ? '' : hidden.buffer.slice(at + PROMPT_MARK.length);
    if (!/[#$] $/.test(prompt)) return;
    clearTimeout(hidden.timer);
    this.hidden = undefined;
    // Redraw the prompt the hidden command's echo replaced.
    this.term?.write(`\r\x1b[K${prompt}`);
    this.idle = true;
    hidden.resolve(result);
    if (this.typedDuringHidden) {
      const typed = this.typedDuringHidden;
      this.typedDuringHidden = '';
      this.onKeys(typed);
    }
    this.scheduleQueue();
  }

  // ——— Steps ———

  private autoCheck(): void {
    for (const step of this.data.steps) {
      if (this.done.has(step.id) && this.root.querySelector(`.linux-lab-step[data-step-id="${CSS.escape(step.id)}"]`)?.hasAttribute('data-done')) {
        // Already done (earlier visit): still say so when the learner does it again now.
        if (STEP_CHECKS[step.check].passes(this.commands.slice(-1))) this.feedback(step.id, step.done);
        continue;
      }
      if (STEP_CHECKS[step.check].passes(this.commands)) this.markDone(step.id);
    }
  }

  private markDone(stepId: string): void {
    const step = this.data.steps.find((s) => s.id === stepId)!;
    this.done.add(stepId);
    pageProgressStore().markLabStep(this.labId, stepId);
    showStepDone(this.root, this.data, stepId);
    this.feedback(stepId, step.done);
  }

  private feedback(stepId: string, text: string): void {
    const node = this.root.querySelector(`.linux-lab-step[data-step-id="${CSS.escape(stepId)}"] .linux-lab-feedback`);
    if (node) node.textContent = text;
  }

  async check(stepId: string): Promise<void> {
    const step = this.data.steps.find((s) => s.id === stepId);
    if (!step) return;
    const check = STEP_CHECKS[step.check];
    if (check.passes(this.commands)) return this.markDone(stepId);
    if (check.probe) {
      if (!this.idle && !this.hidden) return this.feedback(stepId, say(this.data, 'busy'));
      this.feedback(stepId, say(this.data, 'checking'));
      try {
        const result = await this.runHidden(check.probe.command);
        if (check.probe.passes(result)) return this.markDone(stepId);
      } catch {
        return this.feedback(stepId, '');
      }
    }
    this.feedback(stepId, say(this.data, 'notYet', { hint: step.hint }));
  }

  // ——— Machine ———

  async reset(): Promise<void> {
    if (!this.emulator || this.stopped) return;
    clearTimeout(this.promptTimer);
    if (this.hidden) (clearTimeout(this.hidden.timer), this.hidden.reject(new Error('reset')), (this.hidden = undefined));
    for (const item of this.queue.splice(0)) item.reject(new Error('reset'));
    setProblem(this.root, '');
    setStatus(this.root, say(this.data, 'restoring'));
    await this.emulator.stop();
    await this.emulator.restore_state(this.files.state.slice(0));
    await this.emulator.run();
    this.term?.reset();
    this.outgoing = [];
    this.transcript = '';
    this.commands = [];
    this.idle = false;
    this.typedDuringHidden = '';
    this.shellSize = '';
    this.awaitingPromptText = false;
    this.root.dataset.state = 'running';
    this.waitForFirstPrompt();
    setStatus(this.root, say(this.data, 'resetDone'));
  }

  async stop(reason: 'stopped' | 'stoppedByOther'): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.promptTimer);
    clearTimeout(this.idleTimer);
    if (this.hidden) clearTimeout(this.hidden.timer);
    this.observer?.disconnect();
    this.term?.dispose();
    this.root.querySelector('.linux-lab-terminal')!.replaceChildren();
    const emulator = this.emulator;
    this.emulator = undefined;
    if (active === this) active = undefined;
    sessions.delete(this.root);
    delete this.root.dataset.state;
    delete this.root.dataset.wasmMemoryBytes;
    setProblem(this.root, '');
    setStatus(this.root, say(this.data, reason));
    await emulator?.destroy();
  }
}
