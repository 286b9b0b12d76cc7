import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../src/features/exercises/line-diff.ts';

describe('line diff between the learner text and the solution', () => {
  it('keeps common lines and marks the changed ones', () => {
    expect(lineDiff('FROM node\nRUN npm i\nCMD npm start\n', 'FROM node:22-alpine\nRUN npm i\nCMD ["npm", "start"]\n')).toEqual([
      { kind: 'removed', text: 'FROM node' },
      { kind: 'added', text: 'FROM node:22-alpine' },
      { kind: 'same', text: 'RUN npm i' },
      { kind: 'removed', text: 'CMD npm start' },
      { kind: 'added', text: 'CMD ["npm", "start"]' },
    ]);
  });
  it('handles an empty text and identical texts', () => {
    expect(lineDiff('', 'A\nB')).toEqual([{ kind: 'removed', text: '' }, { kind: 'added', text: 'A' }, { kind: 'added', text: 'B' }]);
    expect(lineDiff('A\nB', 'A\nB').every((l) => l.kind === 'same')).toBe(true);
  });
  it('falls back to a plain replacement for huge inputs instead of stalling', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `RUN ${i}`).join('\n');
    const diff = lineDiff(big, big + '\nX', 1000);
    expect(diff.filter((l) => l.kind === 'removed')).toHaveLength(3000);
  });
});
