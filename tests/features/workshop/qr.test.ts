import { describe, expect, it } from 'vitest';
import { qrModules, qrSvg } from '../../../src/features/workshop/qr.ts';

// Decoding was checked with zbarimg while writing the encoder; these keep the structure from regressing.
describe('QR code of the join link', () => {
  it('picks the smallest version that holds the text (byte mode, level M)', () => {
    expect(qrModules('http://127.0.0.1:8080/j/ABC234')).toHaveLength(29); // version 3
    expect(qrModules('x'.repeat(100))).toHaveLength(41); // version 6
    expect(() => qrModules('x'.repeat(300))).toThrow(/too long/);
  });

  it('draws the three finder patterns and the timing lines', () => {
    const grid = qrModules('http://127.0.0.1:8080/j/ABC234');
    const n = grid.length;
    for (const [x, y] of [[0, 0], [n - 7, 0], [0, n - 7]]) {
      expect(grid[y][x]).toBe(true);
      expect(grid[y + 1][x + 1]).toBe(false);
      expect(grid[y + 3][x + 3]).toBe(true);
    }
    for (let i = 8; i < n - 8; i++) expect(grid[6][i]).toBe(i % 2 === 0);
    expect(grid[n - 8][8]).toBe(true); // the dark module
  });

  it('is an SVG with a quiet zone and nothing but rectangles', () => {
    const svg = qrSvg('http://127.0.0.1:8080/j/ABC234');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 37 37"/);
    expect(svg).not.toMatch(/<script|on\w+=/);
  });
});
