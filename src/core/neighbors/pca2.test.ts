import { describe, expect, it } from 'vitest';
import { pca2 } from './pca2';

const variance = (v: ArrayLike<number>) => {
  const m = Array.from(v).reduce((s, x) => s + x, 0) / v.length;
  return Array.from(v).reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1);
};

describe('pca2', () => {
  it('finds the axes of a flat 3-D cloud: largest variance first, uncorrelated axes, all variance explained', () => {
    const rows: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = Math.sin(i * 1.7) * 10;
      const b = Math.cos(i * 2.3) * 3;
      rows.push(a * 0.6 + 5, a * 0.8 - 2, b);
    }
    const p = pca2(rows, 3);
    const along = (d: number[]) => variance(Array.from({ length: 200 }, (_, i) => rows[i * 3] * d[0] + rows[i * 3 + 1] * d[1] + rows[i * 3 + 2] * d[2]));
    expect(variance(p.x)).toBeGreaterThanOrEqual(along([0.6, 0.8, 0]) - 1e-9);
    expect(variance(p.x)).toBeGreaterThan(5 * variance(p.y));
    let cross = 0;
    for (let i = 0; i < 200; i++) cross += p.x[i] * p.y[i];
    expect(Math.abs(cross / 199)).toBeLessThan(1e-4);
    expect(p.explained[0] + p.explained[1]).toBeCloseTo(1, 6);
    expect(p.explained[0]).toBeCloseTo(variance(p.x) / (variance(p.x) + variance(p.y)), 4);
  });
});
