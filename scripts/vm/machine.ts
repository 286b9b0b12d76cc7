// Drives the lab VM (v86, libv86.mjs) under Node: cold boot or restore, and run shell commands over
// the serial console using the prompt's OSC 133 marks (see vm/rootfs/etc/profile).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { V86 } from 'v86';
import { type CommandResult, PROMPT_MARK, READY_MARK, captureCommand, parseCapture } from '../../src/features/linux-lab/checks.ts';

const require = createRequire(import.meta.url);
export const V86_WASM = require.resolve('v86/build/v86.wasm');

export const KERNEL_CMDLINE = [
  'console=ttyS0',
  'rdinit=/init',
  'quiet',
  // Zero pages when freed (so a snapshot compresses well) and skip zeroing them again on allocation.
  'init_on_free=1',
  'init_on_alloc=0',
  'tsc=reliable',
  'mitigations=off',
  'audit=0',
  'nowatchdog',
  '8250.nr_uarts=1',
].join(' ');

export interface MachineFiles {
  bios: Uint8Array;
  vgaBios: Uint8Array;
  memoryBytes: number;
  /**
   * The 9p filesystem with the container labs' userland (scripts/vm/userland.ts): files are read from
   * `baseurl`/<sha256> when the guest first opens them. `tree` (v86's filesystem JSON) only at cold boot: a
   * snapshot carries its tree.
   */
  userland?: { baseurl: string; tree?: object };
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export class Machine {
  readonly emulator: V86;
  private output = '';
  private waiters: Array<() => void> = [];

  private constructor(emulator: V86) {
    this.emulator = emulator;
    emulator.add_listener('serial0-output-byte', (byte: number) => {
      this.output += String.fromCharCode(byte);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  private static create(files: MachineFiles, extra: Record<string, unknown>): Promise<Machine> {
    return new Promise((resolve) => {
      const emulator = new V86({
        wasm_path: V86_WASM,
        memory_size: files.memoryBytes,
        vga_memory_size: 2 * 1024 * 1024,
        bios: { buffer: arrayBuffer(files.bios) },
        vga_bios: { buffer: arrayBuffer(files.vgaBios) },
        autostart: true,
        disable_keyboard: true,
        disable_mouse: true,
        disable_speaker: true,
        ...(files.userland ? { filesystem: { baseurl: files.userland.baseurl.replace(/\/?$/, '/') } } : {}),
        ...extra,
      } as ConstructorParameters<typeof V86>[0]);
      const machine = new Machine(emulator);
      emulator.add_listener('emulator-loaded', () => {
        // Before the guest gets anywhere near mounting it (the BIOS is still running).
        if (files.userland?.tree) (emulator as unknown as { fs9p: { load_from_json(tree: object): void } }).fs9p.load_from_json(files.userland.tree);
        resolve(machine);
      });
    });
  }

  static async boot(files: MachineFiles & { kernel: Uint8Array; initrd: Uint8Array }): Promise<Machine> {
    return Machine.create(files, {
      bzimage: { buffer: arrayBuffer(files.kernel) },
      initrd: { buffer: arrayBuffer(files.initrd) },
      cmdline: KERNEL_CMDLINE,
    });
  }

  static async restore(files: MachineFiles & { state: Uint8Array }): Promise<Machine> {
    return Machine.create(files, { initial_state: { buffer: arrayBuffer(files.state) } });
  }

  /** The committed machine in `vm` (public/vm): its snapshot, BIOS files, guest RAM and 9p userland. */
  static async restoreCommitted(vm: string): Promise<Machine> {
    const manifest = JSON.parse(readFileSync(join(vm, 'manifest.json'), 'utf8')) as { memoryBytes: number };
    return Machine.restore({
      state: readFileSync(join(vm, 'state.bin.zst')),
      bios: readFileSync(join(vm, 'seabios.bin')),
      vgaBios: readFileSync(join(vm, 'vgabios.bin')),
      memoryBytes: manifest.memoryBytes,
      userland: { baseurl: join(vm, 'fs') },
    });
  }

  /** Everything the guest wrote to the serial console so far. */
  get transcript(): string {
    return this.output;
  }

  async waitFor(predicate: (output: string) => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.output)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last output:\n${this.output.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Cold boot only: the init script prints READY_MARK, then the first prompt follows. */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    await this.waitFor((out) => out.includes(READY_MARK) && out.indexOf(PROMPT_MARK, out.indexOf(READY_MARK)) >= 0, timeoutMs, 'the first prompt');
  }

  /** Types one command line and resolves with its output and exit status once the next prompt appears. */
  async run(command: string, timeoutMs = 20_000): Promise<CommandResult> {
    const start = this.output.length;
    this.emulator.serial0_send(captureCommand(command) + '\n');
    await this.waitFor((out) => parseCapture(out.slice(start)) !== undefined, timeoutMs, `the prompt after ${JSON.stringify(command)}`);
    return parseCapture(this.output.slice(start))!;
  }

  async saveState(): Promise<Uint8Array> {
    return new Uint8Array(await this.emulator.save_state());
  }

  async destroy(): Promise<void> {
    await this.emulator.destroy();
  }
}

export function readMachineFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
