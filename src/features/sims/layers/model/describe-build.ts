// What the layer cache explorer shows, as plain data in the page's language: view.ts turns it into the stage list and
// the table, for LayerCacheExplorer.astro at build time and for client.ts in the browser.
// The parser alone (not the checker's rules): the explorer needs the model, never findings.
import { parseDockerfile } from '../../../../checker/model/parse.ts';
import { analyzeBuild, type BuildAnalysis, type ContextFile, type Layer, type StageBuild } from './build.ts';
import { isIgnored, parseDockerignore } from './dockerignore.ts';
import type { Translate } from '../../../../ui/strings.ts';

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

export function viewBuild(analysis: BuildAnalysis, changed: string | null, t: Translate, lang: string): BuildView {
  if (!analysis.final) return { stages: [], summary: t('sims.layers.noStage'), note: null, image: '' };
  const size = (layer: Layer, stage: StageBuild): string => {
    if (layer.bytes === null) return t('sims.layers.size.unknown');
    const formatted = formatBytes(layer.bytes, lang);
    switch (layer.sizeBasis) {
      case 'base-table': {
        const entry = stage.baseImageSize!;
        // The figure as its source states it (4.41 MB, 2 MiB), not re-rounded.
        return t('sims.layers.size.base', {
          size: `${new Intl.NumberFormat(lang).format(entry.size)} ${entry.unit}`,
          measure: t(`sims.layers.measure.${entry.measure}`),
          source: t(`sims.layers.source.${entry.sourceId}`),
          date: entry.date,
        });
      }
      case 'empty':
        return t('sims.layers.size.empty');
      case 'context':
        return t('sims.layers.size.context', { size: formatted, count: layer.copies.length });
      case 'heuristic':
      case 'stage-output':
        return t('sims.layers.size.estimate', { size: formatted });
      default:
        return formatted;
    }
  };
  const why = (layer: Layer): string => {
    const r = layer.reason;
    const key = `sims.layers.reason.${r.kind}` as const;
    if (r.kind === 'file-changed') return t(key, { file: r.file });
    if (r.kind === 'after-rebuilt') return t(key, { line: r.line });
    if (r.kind === 'stage-output-changed' || r.kind === 'base-stage-rebuilt') return t(key, { stage: r.stage });
    return t(key);
  };
  const stages = analysis.stages.map((stage): StageView => {
    const status = !stage.needed ? 'skipped' : stage.final ? 'final' : 'build';
    const name = stage.name ? ` · ${stage.name}` : '';
    return {
      heading: `${t('sims.layers.stage', { n: stage.index })}${name}`,
      role: t(status === 'skipped' ? 'sims.layers.stageSkipped' : status === 'final' ? 'sims.layers.stageFinal' : 'sims.layers.stageBuild'),
      status,
      rows: stage.layers.map((layer) => ({
        stage: stage.index,
        line: layer.line,
        text: layer.text,
        status: layer.status,
        statusLabel: t(`sims.layers.status.${layer.status}`),
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
    summary: t('sims.layers.summary', { cached: built.length - rebuilt, total: built.length, rebuilt }),
    note: analysis.changedIgnored && rule ? t('sims.layers.ignored', { file: changed ?? '', line: rule.line, pattern: rule.pattern }) : null,
    image:
      final.imageBytes !== null
        ? t('sims.layers.image', { size: formatBytes(final.imageBytes, lang) })
        : t('sims.layers.imageUnknown', { size: formatBytes(final.addedBytes, lang) }),
  };
}

/** Parse, analyse and describe in one call (the island's whole pipeline). */
export function describeBuild(input: { dockerfile: string; dockerignore: string; context: readonly ContextFile[]; changed: string | null }, t: Translate, lang: string): BuildView {
  const analysis = analyzeBuild(parseDockerfile(input.dockerfile), input);
  return viewBuild(analysis, input.changed, t, lang);
}

/** Context files the builder does not receive with this .dockerignore. */
export function notSent(context: readonly ContextFile[], dockerignore: string): Set<string> {
  const rules = parseDockerignore(dockerignore);
  return new Set(context.filter((file) => isIgnored(rules, file.path)).map((file) => file.path));
}
