import { fillTemplate } from '../../../utils/template.ts';
/** UI strings the PID namespace island needs in the browser (looked up with t() at build time). */
export const NS_STRING_KEYS = [
  'sims.ns.pidHost', 'sims.ns.pidContainer', 'sims.ns.noContainer',
  'sims.ns.event.start', 'sims.ns.event.exec', 'sims.ns.event.child', 'sims.ns.event.kill', 'sims.ns.event.none',
  'sims.ns.label', 'sims.ns.actions', 'sims.ns.start', 'sims.ns.exec', 'sims.ns.child', 'sims.ns.kill', 'sims.ns.reset',
  'sims.ns.tree', 'sims.ns.hostView', 'sims.ns.containerView',
  'sims.ns.col.pid', 'sims.ns.col.ppid', 'sims.ns.col.command', 'sims.ns.col.inContainer', 'sims.ns.col.onHost',
] as const;

export type NsStrings = Record<(typeof NS_STRING_KEYS)[number], string>;

export const fill = (template: string, vars: Record<string, string | number> = {}) =>
  fillTemplate(template, vars);
