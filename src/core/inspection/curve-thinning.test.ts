import { describe, expect, it } from 'vitest';
import { curveThinner } from './curve-thinning';

describe('curveThinner', () => {
  it('keeps a short curve whole', () => {
    const t = curveThinner(10);
    [[0, 0], [0, 0.5], [0.5, 1], [1, 1]].forEach(([x, y], i) => t.push(x, y, 10 - i));
    const c = t.finish();
    expect(Array.from(c.x)).toEqual([0, 0, 0.5, 1]);
    expect(Array.from(c.y)).toEqual([0, 0.5, 1, 1]);
    expect(Array.from(c.thresholds)).toEqual([10, 9, 8, 7]);
  });

  it('keeps at most maxPoints of a long curve, first and last included', () => {
    for (const maxPoints of [3, 4, 10, 1000]) {
      const t = curveThinner(maxPoints);
      const n = 100_000;
      for (let i = 0; i <= n; i++) t.push(i / n, Math.sqrt(i / n), -i);
      const c = t.finish();
      expect(c.x.length).toBeLessThanOrEqual(maxPoints);
      expect(c.x.length).toBeGreaterThanOrEqual(Math.min(maxPoints - 1, 2));
      expect([c.x[0], c.thresholds[0]]).toEqual([0, -0]);
      expect([c.x.at(-1), c.y.at(-1), c.thresholds.at(-1)]).toEqual([1, 1, -n]);
      // Gaps between kept points stay below the step plus one point's move.
      const step = 2 / (maxPoints - 2.5);
      for (let k = 1; k < c.x.length; k++) expect(c.x[k] - c.x[k - 1] + c.y[k] - c.y[k - 1]).toBeLessThan(step + 0.01);
    }
  });

  it('measures x in units of xSpan', () => {
    const t = curveThinner(12, 0.3);
    for (let i = 0; i <= 3000; i++) t.push((0.3 * i) / 3000, 0, i);
    const c = t.finish();
    // Arc 0..1 with step 2/9.5: 5 kept points after the first, then the last.
    expect(c.x.length).toBe(6);
    expect(c.x.at(-1)).toBe(0.3);
  });

  it('rejects fewer than 3 points or a non-positive span', () => {
    expect(() => curveThinner(2)).toThrow('max-points-invalid');
    expect(() => curveThinner(2.5)).toThrow('max-points-invalid');
    expect(() => curveThinner(10, 0)).toThrow('x-span-invalid');
  });
});
