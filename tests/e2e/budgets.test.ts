import { describe, expect, it } from 'vitest';
import { measureBudgets, readBudgets } from '../../bench/budgets.ts';
import { distDir } from './browser.ts';

// Sizes of the built files are deterministic: this is not a timing test. The margin lets a change land that is
// slightly over while `npm run bench:budgets` (which fails at the budget itself) tells someone to look.
const budgets = readBudgets();
const figures = measureBudgets(distDir, budgets);

describe(`performance budgets (budgets.json, CI margin ${budgets.margin * 100}%)`, () => {
  it('measures every budgeted figure', () => {
    expect(figures.map((f) => f.id).sort()).toEqual(
      ['reading.js', 'reading.css', 'deck.js', 'deck.css', 'talk.js', 'talk.css', 'playground.js', 'playground.css', 'editor', 'editorWorker', 'checkerWorker', 'vm', 'precache'].sort(),
    );
    for (const f of figures) expect(f.bytes, f.id).toBeGreaterThan(0);
  });

  it.each(figures.map((f) => [f.label, f] as const))('%s stays within its budget', (_label, figure) => {
    const limit = Math.round(figure.budget * (1 + budgets.margin));
    expect(figure.bytes, `${figure.id}: ${figure.bytes} B gzip, budget ${figure.budget} B (+${budgets.margin * 100}%) — ${figure.note ?? ''}`).toBeLessThanOrEqual(limit);
  });
});
