// The lab's side of the serial console, without DOM or emulator: it follows the shell's prompt marks (OSC 133)
// to cut the learner's typing into finished commands, and types "hidden" commands (step probes, stty) at an idle
// prompt, keeping their output off the screen. The runtime wires it to v86 (the port) and xterm.js (the screen).
import { PROMPT_MARK, captureCommand, learnerCommands, parseCapture, type CommandResult, type LearnerCommand } from './checks.ts';

export const HIDDEN_TIMEOUT_MS = 10_000;
const MAX_TRANSCRIPT = 256 * 1024;
/** xterm.js answering ash's cursor-position query (ESC [6n): not something the learner typed. */
const CURSOR_REPORT = /^\x1b\[\d+;\d+R$/;
/** A short pause lets the prompt finish (ash asks the terminal for the cursor position right after it). */
const QUEUE_DELAY_MS = 80;

/** Where typed text goes: the guest's serial port. */
export interface SerialPort {
  send(text: string): void;
}

/** What the console tells the page. */
export interface ConsoleScreen {
  /** Shows guest output; returns false when there is no screen yet (the output is kept for later). */
  write(data: Uint8Array | string): boolean;
  /** The first prompt after a boot or reset. */
  firstPrompt(): void;
  /** Commands the learner finished since the last prompt. */
  commands(finished: LearnerCommand[]): void;
  /** No prompt came within `timeoutMs`; waiting hidden commands have been rejected. */
  hung(timeoutMs: number): void;
}

interface Queued { command: string; resolve: (r: CommandResult) => void; reject: (e: Error) => void }

export class SerialConsole {
  private outgoing: number[] = [];
  private flushing = false;
  /** The learner's side of the console since the last prompt mark (it starts with one). */
  private transcript = '';
  /** A prompt is showing and nothing has been typed at it. */
  private idle = false;
  /** The learner has typed since the last prompt mark, or left a line unfinished: the next prompt is not empty. */
  private lineStarted = false;
  private lastTyped = '';
  private seenPrompt = false;
  private beforePrompt = '';
  private awaitingPromptText = false;
  private promptTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private hidden: { buffer: string; resolve: (r: CommandResult) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> } | undefined;
  private queue: Queued[] = [];
  private typedDuringHidden = '';
  private stopped = false;
  private readonly port: SerialPort;
  private readonly screen: ConsoleScreen;
  private readonly timeoutMs: number;

  constructor(port: SerialPort, screen: ConsoleScreen, timeoutMs: number) {
    this.port = port;
    this.screen = screen;
    this.timeoutMs = timeoutMs;
  }

  /** The shell has shown a prompt since the last boot or reset. */
  get promptSeen(): boolean {
    return this.seenPrompt;
  }

  /** A hidden command can run now or is running (the learner is not typing at the prompt). */
  get canProbe(): boolean {
    return this.idle || this.hidden !== undefined;
  }

  /**
   * After a boot or restore: nudge the shell (it prints nothing until a key arrives) and wait for its prompt.
   * `setup` (e.g. the terminal size) runs as the nudge itself, before the learner sees a prompt, so it never holds
   * back what they type first; its echo and output are not shown.
   */
  waitForFirstPrompt(setup = ''): void {
    this.seenPrompt = false;
    this.beforePrompt = '';
    clearTimeout(this.promptTimer);
    this.promptTimer = setTimeout(() => this.hung(), this.timeoutMs);
    this.port.send(`${setup}\n`);
  }

  /** One byte from the guest's serial port. */
  receive(byte: number): void {
    const char = String.fromCharCode(byte);
    if (!this.seenPrompt) {
      // Before the first prompt there is only the nudge's echo: kept off the screen unless no prompt comes.
      this.beforePrompt += char;
      if (this.beforePrompt.length > MAX_TRANSCRIPT) this.beforePrompt = this.beforePrompt.slice(-65536);
      if (char === '\x07' && this.beforePrompt.endsWith(PROMPT_MARK)) (this.beforePrompt = ''), this.onPromptMark();
      return;
    }
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

  /** Keys from the learner; held back while a hidden command runs. */
  type(text: string): void {
    if (this.stopped) return;
    if (CURSOR_REPORT.test(text)) return this.port.send(text);
    if (this.hidden) {
      this.typedDuringHidden += text;
      return;
    }
    this.idle = false;
    // Keys typed ahead (even before the prompt is drawn) sit in the shell's line: a hidden command must not join them.
    this.lineStarted = true;
    this.lastTyped = text;
    this.port.send(text);
  }

  /** Writes the output received so far to the screen (batched: one write per task). */
  flush(): void {
    this.flushing = false;
    if (this.outgoing.length === 0) return;
    if (!this.screen.write(new Uint8Array(this.outgoing))) return;
    this.outgoing = [];
  }

  /**
   * Runs `command` at the next idle prompt, its output kept off the screen. `replaces`: a queued command starting
   * with this is dropped (resolved empty), as a newer terminal size replaces one still waiting.
   */
  runHidden(command: string, replaces?: string): Promise<CommandResult> {
    if (replaces) this.queue = this.queue.filter((item) => !item.command.startsWith(replaces) || (item.resolve({ output: '', status: 0 }), false));
    return new Promise((resolve, reject) => {
      this.queue.push({ command, resolve, reject });
      this.scheduleQueue();
    });
  }

  /** Rejects the running and waiting hidden commands (before a restore). */
  abort(reason: string): void {
    clearTimeout(this.promptTimer);
    if (this.hidden) (clearTimeout(this.hidden.timer), this.hidden.reject(new Error(reason)), (this.hidden = undefined));
    for (const item of this.queue.splice(0)) item.reject(new Error(reason));
  }

  /** Forgets the old machine's output and typing (after a restore). */
  clear(): void {
    this.outgoing = [];
    this.transcript = '';
    this.idle = false;
    this.typedDuringHidden = '';
    this.awaitingPromptText = false;
    this.lineStarted = false;
    this.lastTyped = '';
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.promptTimer);
    clearTimeout(this.idleTimer);
    if (this.hidden) clearTimeout(this.hidden.timer);
  }

  private hung(): void {
    if (this.stopped) return;
    if (!this.seenPrompt && this.beforePrompt) this.screen.write(this.beforePrompt);
    this.beforePrompt = '';
    const hidden = this.hidden;
    // A hidden command whose line went wrong while the shell still printed a prompt: the machine is not hung.
    const shellAnswered = hidden !== undefined && hidden.buffer.includes(PROMPT_MARK);
    if (!shellAnswered) this.screen.hung(hidden ? HIDDEN_TIMEOUT_MS : this.timeoutMs);
    if (hidden) {
      clearTimeout(hidden.timer);
      this.hidden = undefined;
      hidden.reject(new Error('no prompt'));
      this.giveBackScreen(hidden.buffer);
    }
    for (const item of this.queue.splice(0)) item.reject(new Error('no prompt'));
  }

  /**
   * A hidden command got no answer: the screen gets back the latest prompt it kept off (if the shell printed one), and
   * the keys held meanwhile go to the machine, so nothing the learner typed or the shell said is lost.
   */
  private giveBackScreen(swallowed: string): void {
    const at = swallowed.lastIndexOf(PROMPT_MARK);
    if (at >= 0) {
      this.transcript = swallowed.slice(at);
      this.screen.write(`\r\n${this.transcript}`);
      // The same prompt bookkeeping as if it had just arrived.
      this.awaitingPromptText = true;
      if (/[#$] $/.test(this.transcript)) this.onPromptShown();
    }
    const typed = this.typedDuringHidden;
    this.typedDuringHidden = '';
    if (typed) this.type(typed);
  }

  private onPromptMark(): void {
    if (!this.seenPrompt) {
      this.seenPrompt = true;
      clearTimeout(this.promptTimer);
      this.screen.firstPrompt();
    }
    const finished = learnerCommands(this.transcript);
    // Typed before this mark means typed at the command that just ended, unless the last key left a line unfinished.
    if (this.lineStarted) this.lineStarted = !/[\r\n\x03\x04]$/.test(this.lastTyped);
    this.transcript = PROMPT_MARK;
    if (finished.length > 0) this.screen.commands(finished);
    this.awaitingPromptText = true;
  }

  private onPromptShown(): void {
    this.awaitingPromptText = false;
    this.idle = !this.lineStarted;
    this.scheduleQueue();
  }

  private scheduleQueue(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.runQueue(), QUEUE_DELAY_MS);
  }

  private runQueue(): void {
    if (!this.idle || this.hidden || this.stopped || this.queue.length === 0) return;
    const item = this.queue.shift()!;
    this.idle = false;
    this.flush();
    const timer = setTimeout(() => this.hung(), HIDDEN_TIMEOUT_MS);
    this.hidden = { buffer: '', resolve: item.resolve, reject: item.reject, timer };
    this.port.send(captureCommand(item.command) + '\n');
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
    this.screen.write(`\r\x1b[K${prompt}`);
    this.idle = true;
    hidden.resolve(result);
    if (this.typedDuringHidden) {
      const typed = this.typedDuringHidden;
      this.typedDuringHidden = '';
      this.type(typed);
    }
    this.scheduleQueue();
  }
}
