import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/texture-fixtures.json';
import { resizeArea } from './resize-area';

/** The exact area mean, in 2-D: every input pixel weighted by the area it shares with the output cell. */
function bruteArea(data: Float32Array, w: number, h: number, ow: number, oh: number): Float32Array {
  const out = new Float32Array(ow * oh);
  const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      const [x0, x1, y0, y1] = [(x * w) / ow, ((x + 1) * w) / ow, (y * h) / oh, ((y + 1) * h) / oh];
      let s = 0;
      for (let sy = 0; sy < h; sy++) for (let sx = 0; sx < w; sx++) s += data[sy * w + sx] * overlap(x0, x1, sx, sx + 1) * overlap(y0, y1, sy, sy + 1);
      out[y * ow + x] = s / ((x1 - x0) * (y1 - y0));
    }
  }
  return out;
}

describe('resizeArea', () => {
  it('equals scikit-image downscale_local_mean for whole-number factors', () => {
    const { input, width, height, factors, output } = fixtures.downscale;
    const image = { width, height, data: Float32Array.from(input) };
    const small = resizeArea(image, width / factors[1], height / factors[0]);
    expect([small.width, small.height]).toEqual([4, 3]);
    output.forEach((v, i) => expect(small.data[i]).toBeCloseTo(v, 3));
  });

  it('weights partly covered pixels by their overlap when shrinking or enlarging by other factors', () => {
    const data = Float32Array.from({ length: 7 * 5 }, (_, i) => ((i * 37) % 11) / 10);
    const image = { width: 7, height: 5, data };
    for (const [ow, oh] of [[3, 2], [4, 4], [10, 8]]) {
      const got = resizeArea(image, ow, oh).data;
      const want = bruteArea(data, 7, 5, ow, oh);
      want.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 5));
    }
    const doubled = resizeArea({ width: 2, height: 1, data: Float32Array.of(0.2, 0.8) }, 4, 2).data;
    expect([...doubled]).toEqual([0.2, 0.2, 0.8, 0.8, 0.2, 0.2, 0.8, 0.8].map(Math.fround));
  });

  it('keeps a constant image constant and copies at the same size', () => {
    const flat = { width: 9, height: 9, data: new Float32Array(81).fill(0.3) };
    expect(resizeArea(flat, 4, 4).data.every((v) => Math.abs(v - 0.3) < 1e-6)).toBe(true);
    const same = resizeArea(flat, 9, 9);
    expect(same.data).toEqual(flat.data);
    expect(same.data).not.toBe(flat.data);
  });
});
