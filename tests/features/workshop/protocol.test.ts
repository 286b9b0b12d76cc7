import { describe, expect, it } from 'vitest';
import { LIMITS, validBatch, validName, validPoll, validPosition, validReport } from '../../../src/features/workshop/protocol.ts';

describe('workshop protocol', () => {
  it('accepts ordinary names and trims them', () => {
    expect(validName('  Ana   Souza ')).toEqual({ ok: true, value: 'Ana Souza' });
    expect(validName('José "Zé" & co')).toMatchObject({ ok: true });
    expect(validName('李小龙')).toMatchObject({ ok: true });
  });

  it.each([
    ['', 'empty'],
    ['x'.repeat(LIMITS.nameChars + 1), 'longer'],
    ['<script>', '< or >'],
    ['evil\u202egnp.exe', 'direction'],
    ['bell\u0007', 'control'],
    ['zero\u200bwidth', 'direction'],
    [42, 'string'],
  ])('refuses the name %j', (name, reason) => {
    const result = validName(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });

  it('validates reports by kind', () => {
    expect(validReport({ kind: 'exercise', lesson: 'history', exercise: 'pin-base-image', requirements: { 'every-base-tagged': true }, score: 100, passed: true }).ok).toBe(true);
    expect(validReport({ kind: 'quiz', lesson: 'history', quiz: 'q', correct: 2, answered: 3, total: 4 }).ok).toBe(true);
    expect(validReport({ kind: 'lab', lesson: 'cgroups', lab: 'pids', step: 'limit' }).ok).toBe(true);
    expect(validReport({ kind: 'quiz', lesson: 'history', quiz: 'q', correct: 5, answered: 3, total: 4 }).ok).toBe(false);
    expect(validReport({ kind: 'exercise', lesson: 'history', exercise: 'e', requirements: { '<b>': true }, score: 1, passed: false }).ok).toBe(false);
    expect(validReport({ kind: 'exercise', lesson: 'history', exercise: 'e', requirements: {}, score: 101, passed: false }).ok).toBe(false);
    expect(validReport({ kind: 'other', lesson: 'history' }).ok).toBe(false);
    expect(validReport({ kind: 'lab', lesson: '../etc', lab: 'a', step: 'b' }).ok).toBe(false);
  });

  it('wants batches in increasing order and of bounded size', () => {
    const item = (seq: number) => ({ seq, at: 1, body: { kind: 'lab', lesson: 'l', lab: 'a', step: 'b' } });
    expect(validBatch({ reports: [item(1), item(2)] }).ok).toBe(true);
    expect(validBatch({ reports: [item(2), item(1)] }).ok).toBe(false);
    expect(validBatch({ reports: [item(0)] }).ok).toBe(false);
    expect(validBatch({ reports: Array.from({ length: LIMITS.batch + 1 }, (_, i) => item(i + 1)) }).ok).toBe(false);
    expect(validBatch([]).ok).toBe(false);
  });

  it('checks positions and polls', () => {
    expect(validPosition({ lesson: 'history', h: 3, v: 0, f: -1, slide: 'slide-2' })).toEqual({ ok: true, value: { lesson: 'history', h: 3, v: 0, f: -1, slide: 'slide-2' } });
    expect(validPosition({ lesson: 'history', h: -1, v: 0, f: 0 }).ok).toBe(false);
    expect(validPoll({ quiz: 'q', question: 0, prompt: 'Which?', options: ['a', 'b'], correct: 1, explanation: 'b.' }).ok).toBe(true);
    expect(validPoll({ quiz: 'q', question: 0, prompt: 'Which?', options: ['a'], correct: 0 }).ok).toBe(false);
    expect(validPoll({ quiz: 'q', question: 0, prompt: 'Which?', options: ['a', 'b'], correct: 2 }).ok).toBe(false);
  });
});
