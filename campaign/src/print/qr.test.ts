import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr.ts';

/** Paints the path's runs back into a matrix. */
function rasterise(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) (grid[Number(y)] as boolean[])[Number(x) + i] = true;
  }
  return grid;
}

describe('QR path', () => {
  it('draws exactly the dark modules of the code for the URL', () => {
    const url = 'https://hub.sofia.bg/s/g0db3zd7';
    const { size, d } = qrPath(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const expected = Array.from({ length: size }, (_, y) =>
      Array.from({ length: size }, (_, x) => Boolean(modules.get(y, x))),
    );
    expect(rasterise(d, size)).toEqual(expected);
  });
});
