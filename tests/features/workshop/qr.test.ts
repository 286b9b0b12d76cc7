import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrModules, qrSvg } from '../../../src/features/workshop/qr.ts';

/** What a phone's camera gets: the symbol with a 4-module quiet zone, `scale` pixels a module, read by jsQR. */
function scan(text: string, scale = 4): string | undefined {
  const grid = qrModules(text);
  const size = (grid.length + 8) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) pixels.fill(0, ((y + 4) * scale + dy) * size * 4 + ((x + 4) * scale + dx) * 4, ((y + 4) * scale + dy) * size * 4 + ((x + 4) * scale + dx) * 4 + 3);
      }
    }),
  );
  return jsQR(pixels, size, size)?.data;
}

// A decoder reads every version back (it was checked with zbarimg while the encoder was written).
describe('QR code of the join link', () => {
  it('a QR reader reads back the join link, the phone remote link with its key, and texts of every version 1–10', () => {
    expect(scan('http://127.0.0.1:8080/j/ABC234')).toBe('http://127.0.0.1:8080/j/ABC234');
    const remote = 'http://192.168.0.12:8080/pt-br/namespaces/slides/?remote&room=RyCXdNHsmczY0hHf#key=qUqs9L8Zogqi_JopA5WlqSm2uIq0ddJb8AADXyyM1dA';
    expect(scan(remote)).toBe(remote);
    for (const length of [5, 20, 40, 60, 90, 120, 150, 180, 200, 213]) {
      const text = Array.from({ length }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789-_/?#&='[(i * 7) % 42]).join('');
      expect(scan(text), `${length} bytes`).toBe(text);
    }
    expect(scan('Árvore — çã')).toBe('Árvore — çã');
  });

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
