// The lab once the learner has clicked: the code editor, the runtime (a WebContainer, or the simulated server when
// it cannot start), and a live run of the probes drawn on the health timeline, tick by tick.
import 'monaco-editor/languages/definitions/javascript/register';
import type { WebContainer } from '@webcontainer/api';
import { monaco } from '../../editor/monaco.ts';
import { pageProgressStore } from '../../progress/page-store.ts';
import { part } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import { drawTimeline } from '../health/draw-timeline.ts';
import { SettingsForm } from '../health/settings-form.ts';
import { LiveRun, type LabServer } from './model/live-run.ts';
import { LAB_EDITOR_ID, LAB_LIMIT_SECONDS } from './model/starter.ts';
import { parseServerSwitches, switchesToBehaviour } from './model/switches.ts';
import { SimulatedServer } from './simulated-server.ts';
import type { BootFailure } from './webcontainer-server.ts';

export type LabAction = 'edit' | 'start' | 'simulate' | 'apply' | 'stop';

const SAVE_DELAY_MS = 400;
const TICK_MS = 250;
const clock = { now: () => performance.now() / 1000 };

export class HealthLabController {
  private readonly root: HTMLElement;
  private readonly t: Translate;
  private readonly form: SettingsForm;
  private editor: ReturnType<typeof monaco.editor.create> | null = null;
  private runtime: 'none' | 'real' | 'simulated' = 'none';
  private container: WebContainer | null = null;
  private run: LiveRun | null = null;
  private server: LabServer | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private output: string[] = [];

  constructor(root: HTMLElement, t: Translate) {
    this.root = root;
    this.t = t;
    this.form = new SettingsForm(root, t, () => this.form.read());
    addEventListener('pagehide', () => this.save());
  }

  async act(action: LabAction): Promise<void> {
    if (action === 'edit') this.openEditor();
    if (action === 'start') await this.start();
    if (action === 'simulate') {
      this.openEditor();
      this.fallBack('chosen');
    }
    if (action === 'apply') await this.beginRun();
    if (action === 'stop') await this.stopRun(this.t('lab.stopped'));
  }

  private element<T extends HTMLElement>(selector: string): T {
    return part<T>(this.root, selector);
  }

  private status(text: string): void {
    this.element('.lab-status').textContent = text;
  }

  code(): string {
    return this.editor?.getValue() ?? this.element('.lab-static pre code').textContent ?? '';
  }

  private save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const result = pageProgressStore().saveEditorText(LAB_EDITOR_ID, this.code());
    this.element('.lab-save').textContent = result.ok ? '' : this.t('lab.saveFailed');
  }

  private openEditor(): void {
    if (this.editor) return;
    this.root.dataset.editor = 'open';
    const mount = this.element('.lab-editor-host');
    this.editor = monaco.editor.create(mount, {
      value: this.code(),
      language: 'javascript',
      theme: document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark',
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      lineNumbersMinChars: 3,
      fontSize: 14,
      ariaLabel: this.t('lab.editorLabel'),
      fixedOverflowWidgets: true,
    });
    this.editor.onDidChangeModelContent(() => {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
    });
    new MutationObserver(() => monaco.editor.setTheme(document.documentElement.dataset.theme === 'light' ? 'vs' : 'vs-dark'))
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  private async start(): Promise<void> {
    this.openEditor();
    this.save();
    if (this.runtime !== 'none') return this.beginRun();
    const timeoutMs = Number(this.root.dataset.bootTimeoutMs) || 15_000;
    this.root.dataset.state = 'booting';
    this.status(this.t('lab.booting', { s: Math.round(timeoutMs / 1000) }));
    let result: { ok: true; container: WebContainer } | { ok: false; reason: BootFailure };
    try {
      const { bootRuntime } = await import('./webcontainer-server.ts');
      result = await bootRuntime(timeoutMs);
    } catch {
      result = { ok: false, reason: 'failed' };
    }
    if (!result.ok) return this.fallBack(result.reason, timeoutMs);
    this.container = result.container;
    this.runtime = 'real';
    this.root.dataset.runtime = 'real';
    await this.beginRun();
  }

  private fallBack(reason: BootFailure | 'chosen', timeoutMs = 0): Promise<void> {
    this.runtime = 'simulated';
    this.root.dataset.runtime = 'simulated';
    this.element('.lab-reason').textContent = `${this.t(`lab.reason.${reason}`, { s: Math.round(timeoutMs / 1000) })} ${this.t('lab.fallback')}`;
    return this.beginRun();
  }

  private log = (chunk: string): void => {
    this.output.push(...chunk.split(/\r?\n/).filter(Boolean));
    this.output = this.output.slice(-200);
    this.element('.lab-output pre').textContent = this.output.join('\n');
  };

  private describeSwitches(code: string): void {
    const report = parseServerSwitches(code);
    const { switches } = report;
    const text = this.t('lab.switches', {
      startup: switches.startupDelayMs / 1000,
      deadlock: switches.deadlockAfterMs > 0 ? this.t('lab.deadlockAt', { s: switches.deadlockAfterMs / 1000 }) : this.t('lab.deadlockNever'),
      health: this.t('lab.answers', { code: switches.failHealth ? 500 : 200 }),
      ready: this.t('lab.answers', { code: switches.failReady ? 503 : 200 }),
    });
    const unreadable = report.unreadable.length ? ` ${this.t('lab.unreadable', { names: report.unreadable.join(', ') })}` : '';
    this.element('.lab-switches').textContent = text + unreadable;
  }

  private async stopRun(message?: string): Promise<void> {
    clearInterval(this.timer);
    const run = this.run;
    this.run = null;
    if (run) await run.stop();
    if (message) this.status(message);
    this.root.dataset.state = 'stopped';
  }

  private async beginRun(): Promise<void> {
    await this.stopRun();
    const settings = this.form.read();
    if (!settings) return this.status(this.t('health.challenge.invalid'));
    this.save();
    const code = this.code();
    this.output = [];
    if (this.runtime === 'real' && this.container) {
      const { WebContainerServer } = await import('./webcontainer-server.ts');
      await (this.server as { dispose?: () => Promise<void> } | null)?.dispose?.();
      this.server = new WebContainerServer(this.container, code, this.log);
      this.status(this.t('lab.serverStarting'));
    } else {
      this.describeSwitches(code);
      this.server = new SimulatedServer(switchesToBehaviour(parseServerSwitches(code).switches), clock, this.log);
    }
    this.element('.lab-docker-note').hidden = settings.mode !== 'docker';
    const run = new LiveRun(settings, this.server, clock, Number(this.root.dataset.limitSeconds) || LAB_LIMIT_SECONDS);
    this.run = run;
    this.root.dataset.state = 'running';
    await run.start();
    const running = this.t(this.runtime === 'real' ? 'lab.running' : 'lab.runningSimulated');
    const tick = () => {
      if (this.run !== run) return;
      const timeline = run.tick();
      drawTimeline(this.root, timeline, this.t, run.limitSeconds);
      const elapsed = Math.floor(run.elapsed());
      if (run.stopped) {
        clearInterval(this.timer);
        this.root.dataset.state = 'finished';
        this.status(this.t('lab.finished', { t: elapsed }));
      } else {
        this.status(`${running} ${this.t('lab.elapsed', { t: elapsed, limit: run.limitSeconds })}`);
      }
    };
    tick();
    this.timer = setInterval(tick, TICK_MS);
  }
}
