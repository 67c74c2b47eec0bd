import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/pro-fixtures.json';
import { imageAuroc, imageScore, imageScores } from './image-scores';

describe('imageScore', () => {
  // A lone hot pixel in image A, a warm 3×3 patch in image B (5×5 each).
  const a = new Float32Array(25);
  a[12] = 0.9;
  const b = new Float32Array(25);
  for (const y of [1, 2, 3]) for (const x of [1, 2, 3]) b[y * 5 + x] = 0.5;

  it('without smoothing is the max pixel', () => {
    expect(imageScore(a, 5, 5, { kind: 'none' })).toBeCloseTo(0.9, 6);
    expect(imageScore(b, 5, 5, { kind: 'none' })).toBe(0.5);
  });

  it('a 3×3 box ranks the patch above the lone pixel', () => {
    expect(imageScore(a, 5, 5, { kind: 'box', size: 3 })).toBeCloseTo(0.1, 6);
    expect(imageScore(b, 5, 5, { kind: 'box', size: 3 })).toBeCloseTo(0.5, 14);
  });

  it('is the max of scipy filter outputs on the fixtures', () => {
    for (const c of fixtures.smoothing) {
      for (const g of c.gaussian) expect(imageScore(c.map, c.width, c.height, { kind: 'gaussian', sigma: g.sigma })).toBeCloseTo(Math.max(...g.out), 12);
      for (const x of c.box) expect(imageScore(c.map, c.width, c.height, { kind: 'box', size: x.size })).toBeCloseTo(Math.max(...x.out), 12);
    }
  });
});

describe('imageAuroc', () => {
  const flat = (v: number) => new Float32Array(9).fill(v);
  const spike = (v: number) => Float32Array.from({ length: 9 }, (_, i) => (i === 4 ? v : 0));

  it('ranks images by their score, ties counted half', () => {
    const maps = [flat(0.2), flat(0.3), spike(0.3), spike(0.9)];
    const r = imageAuroc(maps, [0, 0, 1, 1], 3, 3, { kind: 'none' });
    expect(Array.from(r.scores)).toEqual([0.2, 0.3, 0.3, 0.9].map(Math.fround));
    // Pairs (anomaly, normal): 0.3 > 0.2, 0.3 = 0.3 (½), 0.9 > both: 3.5 / 4.
    expect(r.auroc).toBe(0.875);
    // With a 3×3 box the spikes fade to a ninth: 0.3/9 and 0.9/9 = 0.1 both fall below 0.2.
    expect(imageAuroc(maps, [0, 0, 1, 1], 3, 3, { kind: 'box', size: 3 }).auroc).toBe(0);
  });

  it('scores every map and checks the label count', () => {
    expect(imageScores([flat(1), flat(2)], 3, 3, { kind: 'gaussian', sigma: 1 }).length).toBe(2);
    expect(() => imageAuroc([flat(1)], [0, 1], 3, 3, { kind: 'none' })).toThrow('labels-count-mismatch');
  });
});
