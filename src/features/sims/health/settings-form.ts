// Reads the settings form (HealthSettings.astro) on every edit, shows errors next to the field that caused them,
// and hands on only valid settings: the caller keeps drawing the last valid timeline otherwise.
import { part } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import { DOCKER_FLAGS, healthcheckLine, parseDockerFlags, parseProbeYaml, type DockerFlag, type SettingsError, type ValidSettings } from './model/settings.ts';

export class SettingsForm {
  readonly root: HTMLElement;
  private readonly t: Translate;

  constructor(root: HTMLElement, t: Translate, onChange: () => void) {
    this.root = part(root, '.health-settings');
    this.t = t;
    this.root.addEventListener('input', onChange);
    this.root.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name?.endsWith('-mode')) this.root.dataset.mode = this.mode;
      onChange();
    });
  }

  get mode(): 'docker' | 'kubernetes' {
    return this.root.querySelector<HTMLInputElement>('.health-modes input:checked')?.value === 'kubernetes' ? 'kubernetes' : 'docker';
  }

  set mode(mode: 'docker' | 'kubernetes') {
    const input = this.root.querySelector<HTMLInputElement>(`.health-modes input[value="${mode}"]`);
    if (input) input.checked = true;
    this.root.dataset.mode = mode;
  }

  private field(flag: DockerFlag): HTMLInputElement {
    return part<HTMLInputElement>(this.root, `input[name="${flag}"]`);
  }

  flags(): Record<DockerFlag, string> {
    return Object.fromEntries(DOCKER_FLAGS.map((flag) => [flag, this.field(flag).value])) as Record<DockerFlag, string>;
  }

  get yaml(): HTMLTextAreaElement {
    return part<HTMLTextAreaElement>(this.root, 'textarea[name="yaml"]');
  }

  private showError(input: HTMLElement, error: SettingsError | undefined): void {
    input.setAttribute('aria-invalid', error ? 'true' : 'false');
    const target = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]);
    if (target) target.textContent = error ? this.t(error.key, { line: error.line ?? 1, ...error.vars }) : '';
  }

  /** Valid settings for a mode, or null after showing why not. */
  read(mode = this.mode): ValidSettings | null {
    let result: ValidSettings | null;
    if (mode === 'docker') {
      const flags = this.flags();
      const parsed = parseDockerFlags(flags);
      for (const flag of DOCKER_FLAGS) this.showError(this.field(flag), parsed.ok ? undefined : parsed.errors[flag]);
      part(this.root, '.health-preview code').textContent = healthcheckLine(flags);
      result = parsed.ok ? { mode, config: parsed.config } : null;
    } else {
      const parsed = parseProbeYaml(this.yaml.value);
      this.showError(this.yaml, parsed.ok ? undefined : parsed.error);
      result = parsed.ok ? { mode, probes: parsed.probes } : null;
    }
    if (mode === this.mode) part(this.root, '.health-last-valid').textContent = result ? '' : this.t('health.lastValid');
    return result;
  }
}
