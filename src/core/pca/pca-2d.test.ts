import { describe, expect, it } from 'vitest';
import { fitPca2d } from './pca-2d';

describe('fitPca2d', () => {
  it('finds the line y = 2x + 1 and scores points by their distance to it (closed form |2x − y + 1| / √5)', () => {
    const line = [-2, -1, 0, 1, 2, 3].map((x) => ({ x, y: 2 * x + 1 }));
    const points = [...line, { x: 1, y: 0 }, { x: 10, y: 21 }];
    const fit = fitPca2d(line)!;
    expect(fit.axis.x).toBeCloseTo(1 / Math.sqrt(5), 12);
    expect(fit.axis.y).toBeCloseTo(2 / Math.sqrt(5), 12);
    expect(fit.variances[1]).toBeCloseTo(0, 12);
    // Score new points with the axis fitted on all of them: a far point on the line still scores 0.
    const all = fitPca2d(points)!;
    expect(all.distances[7]).toBeGreaterThan(0);
    const closed = (p: { x: number; y: number }) => Math.abs(-(p.x - fit.mean.x) * fit.axis.y + (p.y - fit.mean.y) * fit.axis.x);
    expect(closed({ x: 1, y: 0 })).toBeCloseTo(Math.abs(2 * 1 - 0 + 1) / Math.sqrt(5), 12);
    expect(closed({ x: 10, y: 21 })).toBeCloseTo(0, 12);
  });

  it('matches the eigen-decomposition of the 2×2 covariance and puts projections on the axis', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 2, y: 1 },
      { x: 4, y: 3 },
      { x: 1, y: 2 },
      { x: 3, y: 1 },
    ];
    const fit = fitPca2d(pts)!;
    // Covariance: a = 2.5, b = 1.25, c = 1.3; λ = 1.9 ± √(0.36 + 1.5625).
    const r = Math.sqrt(0.6 ** 2 + 1.25 ** 2);
    expect(fit.variances[0]).toBeCloseTo(1.9 + r, 12);
    expect(fit.variances[1]).toBeCloseTo(1.9 - r, 12);
    pts.forEach((p, i) => {
      const q = fit.projections[i];
      expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeCloseTo(fit.distances[i], 12);
      expect((p.x - q.x) * fit.axis.x + (p.y - q.y) * fit.axis.y).toBeCloseTo(0, 12);
    });
    const sumSq = fit.distances.reduce((s, d) => s + d * d, 0);
    expect(sumSq / 4).toBeCloseTo(fit.variances[1], 12);
  });

  it('handles an axis-aligned cloud and too few points', () => {
    expect(fitPca2d([{ x: 1, y: 1 }])).toBeNull();
    const fit = fitPca2d([
      { x: 0, y: 5 },
      { x: 0, y: -5 },
      { x: 1, y: 0 },
      { x: -1, y: 0 },
    ])!;
    expect(fit.axis).toEqual({ x: 0, y: 1 });
    expect(fit.distances).toEqual([0, 0, 1, 1]);
  });
});
