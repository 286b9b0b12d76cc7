import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Rules whose outcome depends on the colour theme: what a second theme needs checking again. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe-core in the page (all rules, or only `rules`) and returns the serious and critical violations, summarised. */
export async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated, not added as a <script>: the page's Content-Security-Policy would block an inline script tag. Once
  // per document (a second run on the same page, e.g. after a theme switch, reuses it).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (only) => {
    type Result = { violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    // Only violations are read: axe skips gathering the passes and incomplete results (its documented speed-up).
    const result = await axe.run(document, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  }, rules);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
}
