// The Linux labs' content (content/labs/<id>.yaml) and the outputs recorded in the real VM
// (content/labs/recorded/<id>.json, written by scripts/vm/record-labs.ts), validated when loaded.
// A lab's id is its file name: a new lab is a YAML file plus its recording, and no code change.
import { parse } from 'yaml';
import type { Localized } from '../../checker/types.ts';
import type { LocaleKey } from '../../course/locales.ts';
import { STEP_CHECKS } from './checks.ts';

export interface LabStep { id: string; check: string; goal: Localized; commands: string[]; done: Localized; hint: Localized }
export interface Lab { id: string; title: Localized; intro: Localized; steps: LabStep[] }
export interface RecordedCommand { command: string; host: string; output: string; status: number }
export interface Recording { lab: string; v86Version: string; recordedAt: string; steps: Record<string, RecordedCommand[]>; transcript: string }

const sources = import.meta.glob('/content/labs/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const recordings = import.meta.glob('/content/labs/recorded/*.json', { import: 'default', eager: true }) as Record<string, Recording>;

/** Every lab, by file name (`content/labs/cgroups.yaml` → `cgroups`), sorted. */
export const labIds: readonly string[] = Object.keys(sources)
  .map((path) => path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length))
  .sort();

function localized(value: unknown, where: string): Localized {
  const v = value as Partial<Localized> | undefined;
  if (typeof v?.en !== 'string' || typeof v['pt-BR'] !== 'string' || !v.en.trim() || !v['pt-BR'].trim()) {
    throw new Error(`${where}: needs non-empty "en" and "pt-BR" strings`);
  }
  return { en: v.en, 'pt-BR': v['pt-BR'] };
}

/** The lab's content, checked: every string in both languages, every check id known, commands present. */
export function loadLab(id: string): Lab {
  const file = `content/labs/${id}.yaml`;
  const source = sources[`/${file}`];
  if (source === undefined) throw new Error(`LinuxLab: unknown lab id "${id}" (known: ${labIds.join(', ')})`);
  const data = parse(source) as { title?: unknown; intro?: unknown; steps?: Array<Record<string, unknown>> };
  if (!Array.isArray(data.steps) || data.steps.length === 0) throw new Error(`${file}: "steps" must be a non-empty list`);
  const steps = data.steps.map((step, i): LabStep => {
    const where = `${file}: steps[${i}]`;
    if (typeof step.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(step.id)) throw new Error(`${where}: "id" must be a short lowercase id`);
    if (typeof step.check !== 'string' || !(step.check in STEP_CHECKS)) throw new Error(`${where}: unknown check "${String(step.check)}"`);
    const commands = step.commands;
    if (!Array.isArray(commands) || commands.length === 0 || !commands.every((c) => typeof c === 'string' && c.trim())) {
      throw new Error(`${where}: "commands" must be a non-empty list of strings`);
    }
    return { id: step.id, check: step.check, commands: commands as string[], goal: localized(step.goal, `${where}.goal`), done: localized(step.done, `${where}.done`), hint: localized(step.hint, `${where}.hint`) };
  });
  if (new Set(steps.map((s) => s.id)).size !== steps.length) throw new Error(`${file}: step ids must be unique`);
  return { id, title: localized(data.title, `${file}: title`), intro: localized(data.intro, `${file}: intro`), steps };
}

export function loadRecording(id: string): Recording {
  const recording = recordings[`/content/labs/recorded/${id}.json`];
  if (!recording) throw new Error(`content/labs/recorded/${id}.json: missing (run npm run record:labs -- ${id})`);
  return recording;
}

export function pick(text: Localized, locale: LocaleKey): string {
  return locale === 'pt-br' ? text['pt-BR'] : text.en;
}
