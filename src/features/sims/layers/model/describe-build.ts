// What the layer cache explorer shows, as plain data: rendered to HTML by LayerCacheExplorer.astro at build
// time and to DOM by view.ts in the browser, so the static state and the live one never disagree.
// The parser alone (not the checker's rules): the explorer needs the model, never findings.
import { parseDockerfile } from '../../../../checker/model/parse.ts';
import { analyzeBuild, type BuildAnalysis, type ContextFile, type Layer, type StageBuild } from './build.ts';
import { isIgnored, parseDockerignore } from './dockerignore.ts';
import { fillTemplate } from '../../../../utils/template.ts';

export const LAYER_STRING_KEYS = [
  'sims.layers.stage', 'sims.layers.stageFinal', 'sims.layers.stageBuild', 'sims.layers.stageSkipped',
  'sims.layers.status.cached', 'sims.layers.status.rebuilt', 'sims.layers.status.skipped',
  'sims.layers.reason.unchanged', 'sims.layers.reason.file-changed', 'sims.layers.reason.after-rebuilt',
  'sims.layers.reason.stage-output-changed', 'sims.layers.reason.base-stage-rebuilt', 'sims.layers.reason.stage-not-needed',
  'sims.layers.size.empty', 'sims.layers.size.unknown', 'sims.layers.size.base', 'sims.layers.size.estimate', 'sims.layers.size.context',
  'sims.layers.measure.uncompressed', 'sims.layers.measure.compressed', 'sims.layers.measure.not stated',
  'sims.layers.source.google-cloud-blog', 'sims.layers.source.distroless-pt-blog', 'sims.layers.source.distroless-readme', 'sims.layers.source.docker-docs',
  'sims.layers.summary', 'sims.layers.ignored', 'sims.layers.image', 'sims.layers.imageUnknown', 'sims.layers.noStage', 'sims.layers.notSent',
] as const;

export type LayerStrings = Record<(typeof LAYER_STRING_KEYS)[number], string>;

export const fill = (template: string, vars: Record<string, string | number> = {}) =>
  fillTemplate(template, vars);

/** Decimal units, as `docker images` prints them. */
export function formatBytes(bytes: number, lang: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
  if (bytes >= 1_000_000) return `${number(bytes / 1_000_000, bytes >= 100_000_000 ? 0 : 1)} MB`;
  if (bytes >= 1_000) return `${number(bytes / 1_000, 0)} kB`;
  return `${bytes} B`;
}

export type LayerRow = { stage: number; line: number; text: string; status: Layer['status']; statusLabel: string; why: string; size: string };
export type StageView = { heading: string; role: string; rows: LayerRow[]; status: 'final' | 'build' | 'skipped' };
export type BuildView = { stages: StageView[]; summary: string; note: string | null; image: string };

export function viewBuild(analysis: BuildAnalysis, changed: string | null, s: LayerStrings, lang: string): BuildView {
  if (!analysis.final) return { stages: [], summary: s['sims.layers.noStage'], note: null, image: '' };
  const size = (layer: Layer, stage: StageBuild): string => {
    if (layer.bytes === null) return s['sims.layers.size.unknown'];
    const formatted = formatBytes(layer.bytes, lang);
    switch (layer.sizeBasis) {
      case 'base-table': {
        const entry = stage.baseImageSize!;
        // The figure as its source states it (4.41 MB, 2 MiB), not re-rounded.
        return fill(s['sims.layers.size.base'], {
          size: `${new Intl.NumberFormat(lang).format(entry.size)} ${entry.unit}`,
          measure: s[`sims.layers.measure.${entry.measure}`],
          source: s[`sims.layers.source.${entry.sourceId}`],
          date: entry.date,
        });
      }
      case 'empty':
        return s['sims.layers.size.empty'];
      case 'context':
        return fill(s['sims.layers.size.context'], { size: formatted, count: layer.copies.length });
      case 'heuristic':
      case 'stage-output':
        return fill(s['sims.layers.size.estimate'], { size: formatted });
      default:
        return formatted;
    }
  };
  const why = (layer: Layer): string => {
    const r = layer.reason;
    const key = `sims.layers.reason.${r.kind}` as const;
    if (r.kind === 'file-changed') return fill(s[key], { file: r.file });
    if (r.kind === 'after-rebuilt') return fill(s[key], { line: r.line });
    if (r.kind === 'stage-output-changed' || r.kind === 'base-stage-rebuilt') return fill(s[key], { stage: r.stage });
    return s[key];
  };
  const stages = analysis.stages.map((stage): StageView => {
    const status = !stage.needed ? 'skipped' : stage.final ? 'final' : 'build';
    const name = stage.name ? ` · ${stage.name}` : '';
    return {
      heading: `${fill(s['sims.layers.stage'], { n: stage.index })}${name}`,
      role: s[status === 'skipped' ? 'sims.layers.stageSkipped' : status === 'final' ? 'sims.layers.stageFinal' : 'sims.layers.stageBuild'],
      status,
      rows: stage.layers.map((layer) => ({
        stage: stage.index,
        line: layer.line,
        text: layer.text,
        status: layer.status,
        statusLabel: s[`sims.layers.status.${layer.status}`],
        why: why(layer),
        size: size(layer, stage),
      })),
    };
  });
  const built = analysis.stages.filter((stage) => stage.needed).flatMap((stage) => stage.layers);
  const rebuilt = built.filter((layer) => layer.status === 'rebuilt').length;
  const final = analysis.final;
  const rule = analysis.changedRule;
  return {
    stages,
    summary: fill(s['sims.layers.summary'], { cached: built.length - rebuilt, total: built.length, rebuilt }),
    note: analysis.changedIgnored && rule ? fill(s['sims.layers.ignored'], { file: changed ?? '', line: rule.line, pattern: rule.pattern }) : null,
    image:
      final.imageBytes !== null
        ? fill(s['sims.layers.image'], { size: formatBytes(final.imageBytes, lang) })
        : fill(s['sims.layers.imageUnknown'], { size: formatBytes(final.addedBytes, lang) }),
  };
}

/** Parse, analyse and describe in one call (the island's whole pipeline). */
export function describeBuild(input: { dockerfile: string; dockerignore: string; context: readonly ContextFile[]; changed: string | null }, s: LayerStrings, lang: string): BuildView {
  const analysis = analyzeBuild(parseDockerfile(input.dockerfile), input);
  return viewBuild(analysis, input.changed, s, lang);
}

/** Context files the builder does not receive with this .dockerignore. */
export function notSent(context: readonly ContextFile[], dockerignore: string): Set<string> {
  const rules = parseDockerignore(dockerignore);
  return new Set(context.filter((file) => isIgnored(rules, file.path)).map((file) => file.path));
}
