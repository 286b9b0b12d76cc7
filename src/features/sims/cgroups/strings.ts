import { fillTemplate } from '../../../utils/template.ts';
/** UI strings the cgroup island needs in the browser (looked up with t() at build time). */
export const CG_STRING_KEYS = [
  'sims.cg.play', 'sims.cg.pause', 'sims.cg.invalid', 'sims.cg.now',
  'sims.cg.state.running', 'sims.cg.state.throttled', 'sims.cg.state.reclaimed', 'sims.cg.state.oom',
  'sims.cg.cpuSummary', 'sims.cg.cpuUnlimited', 'sims.cg.cpuStat', 'sims.cg.yes', 'sims.cg.no',
  'sims.cg.chart.run', 'sims.cg.chart.throttled',
] as const;

export type CgStrings = Record<(typeof CG_STRING_KEYS)[number], string>;

export const fill = (template: string, vars: Record<string, string | number> = {}) =>
  fillTemplate(template, vars);
