import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/pro-fixtures.json';
import { smoothMap, smoothingKernel } from './smooth-map';

function worstDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

describe('smoothMap by hand', () => {
  it('box 3 on a 3×1 row reflects the borders (a a b c c)', () => {
    expect(Array.from(smoothMap([0, 3, 6], 3, 1, { kind: 'box', size: 3 }))).toEqual([1, 3, 5]);
    // Columns too: a 1×3 column gives the same numbers.
    expect(Array.from(smoothMap([0, 3, 6], 1, 3, { kind: 'box', size: 3 }))).toEqual([1, 3, 5]);
  });

  it('an even box reaches one pixel further left: size 2 averages (x−1, x)', () => {
    expect(Array.from(smoothMap([2, 4, 8], 3, 1, { kind: 'box', size: 2 }))).toEqual([2, 3, 6]);
  });

  it('none, box 1 and a constant map leave values unchanged', () => {
    const map = [0.25, 0.5, 1, 0];
    expect(Array.from(smoothMap(map, 2, 2, { kind: 'none' }))).toEqual(map);
    expect(Array.from(smoothMap(map, 2, 2, { kind: 'box', size: 1 }))).toEqual(map);
    for (const v of smoothMap(new Float32Array(35).fill(0.75), 7, 5, { kind: 'gaussian', sigma: 2 })) expect(v).toBeCloseTo(0.75, 14);
  });

  it('the Gaussian kernel has radius round(4σ) and sums to 1', () => {
    const { weights, first } = smoothingKernel({ kind: 'gaussian', sigma: 1.5 });
    expect([weights.length, first]).toEqual([13, -6]);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(weights[6] / weights[7]).toBeCloseTo(Math.exp(0.5 / 2.25), 14);
  });

  it('rejects bad sizes with codes', () => {
    expect(() => smoothMap([1, 2], 2, 1, { kind: 'box', size: 0 })).toThrow('box-size-invalid');
    expect(() => smoothMap([1, 2], 2, 1, { kind: 'gaussian', sigma: 0 })).toThrow('sigma-invalid');
    expect(() => smoothMap([1, 2], 3, 1, { kind: 'none' })).toThrow('map-size-mismatch');
  });
});

describe('smoothMap against scipy.ndimage (mode reflect)', () => {
  for (const c of fixtures.smoothing) {
    for (const b of c.box) {
      it(`uniform_filter size ${b.size} on ${c.height}×${c.width} to 1e-12`, () => {
        expect(worstDiff(smoothMap(c.map, c.width, c.height, { kind: 'box', size: b.size }), b.out)).toBeLessThan(1e-12);
      });
    }
    for (const g of c.gaussian) {
      it(`gaussian_filter sigma ${g.sigma} on ${c.height}×${c.width} to 1e-12`, () => {
        expect(worstDiff(smoothMap(c.map, c.width, c.height, { kind: 'gaussian', sigma: g.sigma }), g.out)).toBeLessThan(1e-12);
      });
    }
  }
});
